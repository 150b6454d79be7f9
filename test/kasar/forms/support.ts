import { inject } from "vitest";
import { ALICE_EMAIL, kasarVacancyId } from "../../../emulator/kasar/src/demo";
import { KASAR_APPLICATION_FORM_UUID } from "../../../emulator/kasar/src/edge-forms";
import { clearCache, edge, type Fault, type LoggedRequest } from "../../helpers";

export { ALICE_EMAIL };

/** Origin of the Kasar emulator the edge under test talks to. */
export const kasarUrl = inject("kasarEmulatorUrl");

/** The demo Kasar application form. */
export const FORM = KASAR_APPLICATION_FORM_UUID;

/** An open demo vacancy (in the list's scope) and a closed one (outside it). */
export const OPEN_VACANCY = kasarVacancyId(1);
export const CLOSED_VACANCY = kasarVacancyId(5);

/** The Kasar emulator's paths the edge writes to. */
export const UPSERT = "/api/v1/records/candidates/batch/upsert";
export const ASSOCIATE = "/api/v1/records/candidates/*/associations/vacancies/*";

/** Calls the Kasar emulator's control API (`/__emulator/...`). */
export async function kasarControl(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${kasarUrl}/__emulator${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) throw new Error(`kasar control ${path} answered ${response.status}`);
  return response;
}

/** Resets the Kasar emulator to its seed and empties the edge's KV. */
export async function resetKasar(): Promise<void> {
  await Promise.all([kasarControl("/reset", { method: "POST", body: "{}" }), clearCache()]);
}

/** Injects a fault into the Kasar emulator. */
export async function kasarFault(fault: Fault): Promise<void> {
  await kasarControl("/faults", { method: "POST", body: JSON.stringify(fault) });
}

/** The Kasar emulator's request log, optionally filtered by method and path glob. */
export async function kasarRequests(filter: { method?: string; path?: string } = {}) {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  const response = await kasarControl(`/requests${query ? `?${query}` : ""}`);
  return ((await response.json()) as { data: LoggedRequest[] }).data;
}

/** Every write to candidates the emulator received (reads, like a scope search, aside). */
export async function candidateWrites(): Promise<LoggedRequest[]> {
  const calls = await kasarRequests({ path: "/api/v1/records/candidates/**" });
  return calls.filter((r) => r.method !== "GET" && !r.path.endsWith("/search"));
}

/** A candidate as the emulator stores it, with its associations. */
export interface StoredCandidate {
  id: string;
  values: Record<string, unknown>;
  associations: { object: string; id: string }[];
}

/** The stored candidates with this email (compared as Kasar does, case-insensitively). */
export async function candidatesWithEmail(email: string): Promise<StoredCandidate[]> {
  const response = await kasarControl("/records?object=candidates");
  const { data } = (await response.json()) as { data: StoredCandidate[] };
  return data.filter((r) => String(r.values.email).toLowerCase() === email.toLowerCase());
}

/** A unique email per call. */
export function uniqueEmail(): string {
  return `applicant.${crypto.randomUUID().slice(0, 8)}@example.com`;
}

/** A minimal PDF the upload sniffer recognises. */
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
);

/** Base64 of bytes, as Kasar receives a file. */
export function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** Uploads a PDF to the form; answers the upload's file entry. */
export async function uploadPdf(
  name = "cv.pdf",
): Promise<{ key: string; name: string; size: number; type: string }> {
  const body = new FormData();
  body.append("files", new File([PDF_BYTES], name, { type: "application/pdf" }));
  const response = await edge(`/v1/forms/${FORM}/uploads`, { method: "POST", body });
  if (response.status !== 201)
    throw new Error(`upload ${response.status}: ${await response.text()}`);
  const { data } = (await response.json()) as {
    data: { files: { key: string; name: string; size: number; type: string }[] };
  };
  return data.files[0] as { key: string; name: string; size: number; type: string };
}

/** Valid values of the demo form. */
export function applicationValues(cvKey: string, email = uniqueEmail()) {
  return {
    first_name: "Noor",
    last_name: "Bakker",
    email,
    phone: "+31 6 12345678",
    cv: cvKey,
    motivation: "I like the team.",
    source: "website",
    consent: true,
  };
}

/** Posts a JSON submission to the demo form. */
export function submit(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return edge(`/v1/forms/${FORM}/submissions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The `data` of a JSON answer. */
export async function dataOf<T = { submissionId: string; status: string; recordUuid?: string }>(
  response: Response,
): Promise<T> {
  return ((await response.json()) as { data: T }).data;
}

/** Polls a submission's status until it is `status`, or fails after `timeoutMs`. */
export async function waitForStatus(submissionId: string, status: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await edge(`/v1/forms/${FORM}/submissions/${submissionId}`);
    const body = (await response.json()) as { data?: { status: string } };
    if (body.data?.status === status) return body.data;
    if (Date.now() > deadline) throw new Error(`status stayed ${body.data?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
