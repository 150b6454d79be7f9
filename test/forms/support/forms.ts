import {
  APPLICATION_FORM_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_VACANCY_UUID,
} from "../../../emulator/src/demo";
import { control, edge, edgeWith, emulatorRequests } from "../../helpers";

/** The demo application form (relation `applied_for` → `vacancies`) and the open application form. */
export const FORM = APPLICATION_FORM_UUID;
export const OPEN_FORM = OPEN_APPLICATION_FORM_UUID;
export const VACANCY = OPEN_VACANCY_UUID;

/** An allowed browser origin (wrangler.toml `ALLOWED_ORIGINS`). */
export const SITE = "http://localhost:3000";

/** Leading bytes of a minimal PDF: what the upload sniffer recognises as `pdf`. */
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
);

/** A PDF file for uploads. */
export function pdf(name = "cv.pdf", bytes: Uint8Array = PDF_BYTES): File {
  return new File([bytes], name, { type: "application/pdf" });
}

/** A unique email per call, so records can be found and counted. */
export function uniqueEmail(tag = "applicant"): string {
  return `${tag}.${crypto.randomUUID().slice(0, 8)}@example.com`;
}

/** Uploads files for a form and returns the answer's files. */
export async function upload(
  files: File[],
  form = FORM,
): Promise<{ key: string; name: string; size: number; type: string }[]> {
  const body = new FormData();
  for (const file of files) body.append("files", file);
  const response = await edge(`/v1/forms/${form}/uploads`, { method: "POST", body });
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return (
    (await response.json()) as {
      data: { files: { key: string; name: string; size: number; type: string }[] };
    }
  ).data.files;
}

/** The minimal valid values of the application form (the CV key must come from an upload). */
export function applicationValues(cvKey: string, email = uniqueEmail()): Record<string, unknown> {
  return {
    firstname: "Jane",
    lastname: "Doe",
    email,
    cv: cvKey,
    gdpr_consent: true,
  };
}

/** Posts a JSON submission. */
export function submitJson(
  body: unknown,
  options: {
    form?: string;
    headers?: Record<string, string>;
    settings?: Record<string, unknown>;
  } = {},
): Promise<Response> {
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/json", ...options.headers },
    body: JSON.stringify(body),
  };
  const path = `/v1/forms/${options.form ?? FORM}/submissions`;
  return options.settings ? edgeWith(options.settings, path, init) : edge(path, init);
}

/** A submission answer's data. */
export interface Answer {
  submissionId: string;
  status: "queued" | "delivered" | "failed";
  recordUuid?: string;
}

/** The `data` of a JSON answer. */
export async function dataOf<T = Answer>(response: Response): Promise<T> {
  return ((await response.json()) as { data: T }).data;
}

/** A raw record of the emulator's store, with its relation edges. */
export interface RawRecord {
  uuid: string;
  object: string;
  values: Record<string, unknown>;
  relations: { relation: string; direction: string; recordUuid: string }[];
}

/** Every candidate record in the emulator. */
export async function candidates(): Promise<RawRecord[]> {
  const response = await control("/records?object=candidate");
  return ((await response.json()) as { data: RawRecord[] }).data;
}

/** The candidate records with this email. */
export async function candidatesWithEmail(email: string): Promise<RawRecord[]> {
  return (await candidates()).filter((record) => record.values.email === email);
}

/** The submit calls the emulator received. */
export function submitCalls() {
  return emulatorRequests({ method: "POST", path: "/api/v2/forms/public/*/*/submit" });
}

/** The value of each input cell of a logged submit body, by property name. */
export function cellValues(body: unknown): Record<string, unknown> {
  const form = body as { grids: { grid?: { property?: { name: string }; value?: unknown }[][] }[] };
  const values: Record<string, unknown> = {};
  for (const cell of form.grids.flatMap((slide) => (slide.grid ?? []).flat())) {
    if (cell.property) values[cell.property.name] = cell.value;
  }
  return values;
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The status a submission reports on the status route. */
export async function statusOf(submissionId: string, form = FORM): Promise<string | number> {
  const response = await edge(`/v1/forms/${form}/submissions/${submissionId}`);
  if (response.status !== 200) return response.status;
  return (await dataOf<{ status: string }>(response)).status;
}

/** Waits until a submission reports `status`. */
export function waitForStatus(
  submissionId: string,
  status: string,
  form = FORM,
  timeoutMs = 20_000,
): Promise<string> {
  return eventually(
    async () => ((await statusOf(submissionId, form)) === status ? status : undefined),
    { timeoutMs },
  );
}
