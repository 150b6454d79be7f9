import { ALICE_EMAIL, kasarVacancyId } from "../../../emulator/kasar/src/demo";
import { KASAR_APPLICATION_FORM_UUID } from "../../../emulator/kasar/src/edge-forms";
import {
  PDF_BYTES,
  uniqueEmail,
  waitForStatus as waitForFormStatus,
} from "../../forms/support/forms";
import { edge, type LoggedRequest } from "../../helpers";
import { kasarControl, kasarRequests } from "../helpers";

export { ALICE_EMAIL };

/** The demo Kasar application form. */
export const FORM = KASAR_APPLICATION_FORM_UUID;

/** An open demo vacancy (in the list's scope) and a closed one (outside it). */
export const OPEN_VACANCY = kasarVacancyId(1);
export const CLOSED_VACANCY = kasarVacancyId(5);

/** The Kasar emulator's paths the edge writes to. */
export const UPSERT = "/api/v1/records/candidates/batch/upsert";
export const ASSOCIATE = "/api/v1/records/candidates/*/associations/vacancies/*";

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

/** Waits until a submission of the demo form reports `status` on the status route. */
export function waitForStatus(submissionId: string, status: string): Promise<string> {
  return waitForFormStatus(submissionId, status, FORM);
}
