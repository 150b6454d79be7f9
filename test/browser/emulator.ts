/** A record as the emulator's control API returns it: every value, public or not. */
export interface RawRecord {
  uuid: string;
  values: Record<string, unknown>;
  relations: { relation: string; recordUuid: string }[];
}

/** The candidates the emulator holds with this email address (what an application created). */
export async function candidatesWithEmail(emulator: string, email: string): Promise<RawRecord[]> {
  const response = await fetch(`${emulator}/__emulator/records?object=candidate`);
  const { data } = (await response.json()) as { data: RawRecord[] };
  return data.filter((record) => record.values.email === email);
}

/** Sends a control request to the emulator (`/__emulator/faults` and the like). */
export async function emulatorControl(
  emulator: string,
  path: string,
  body: unknown,
  method = "POST",
): Promise<void> {
  const response = await fetch(`${emulator}/__emulator${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === null ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${path}: ${response.status}`);
}

/** A fresh address per application, so a test finds exactly the record it created. */
export const freshEmail = () => `browser.${crypto.randomUUID().slice(0, 8)}@example.com`;

/** A small valid PDF: the edge recognises uploads by content. */
export const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
