import { kvKeys } from "../../cache/keys";
import type { UploadedFile } from "./files";

/**
 * How long an upload may wait for its submission. [ours] Caraer documents no
 * expiry of form uploads; a day covers a form left open overnight.
 */
export const UPLOAD_RECEIPT_TTL_SECONDS = 86_400;

async function receiptKey(formUuid: string, key: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`${formUuid}\n${key}`),
  );
  return kvKeys.uploadReceipt(
    [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join(""),
  );
}

/**
 * Records that files were uploaded through this form, so a submission can
 * only reference its own form's uploads. Awaited before the keys are
 * answered, so the next request of the same visitor finds them.
 */
export async function recordUploads(
  kv: KVNamespace,
  formUuid: string,
  files: UploadedFile[],
): Promise<void> {
  await Promise.all(
    files.map(async (file) =>
      kv.put(
        await receiptKey(formUuid, file.key),
        JSON.stringify({ size: file.size, type: file.type }),
        {
          expirationTtl: UPLOAD_RECEIPT_TTL_SECONDS,
        },
      ),
    ),
  );
}

/** Whether a file key was uploaded through this form (within the receipt's lifetime). */
export async function isFormUpload(
  kv: KVNamespace,
  formUuid: string,
  key: string,
): Promise<boolean> {
  return (await kv.get(await receiptKey(formUuid, key), "text")) !== null;
}
