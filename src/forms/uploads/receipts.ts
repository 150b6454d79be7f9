import { kvKeys } from "../../cache/keys";
import type { UploadedFile } from "./files";

/**
 * How long an upload may wait for its submission. [ours] Caraer documents no
 * expiry of form uploads; a day covers a form left open overnight.
 */
export const UPLOAD_RECEIPT_TTL_SECONDS = 86_400;

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
        await kvKeys.uploadReceipt(formUuid, file.key),
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
  return (await kv.get(await kvKeys.uploadReceipt(formUuid, key), "text")) !== null;
}
