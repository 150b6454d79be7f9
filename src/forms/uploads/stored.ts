import * as z from "zod/v4";
import { kvKeys } from "../../cache/keys";
import { type CheckedFile, type UploadedFile, uploadName } from "./files";

/** What is kept beside a stored file's bytes. */
const StoredFileMetaSchema = z.object({ name: z.string(), type: z.string(), size: z.number() });

/** A file the edge stored, as delivery reads it back. */
export interface StoredFile {
  name: string;
  type: string;
  size: number;
  bytes: ArrayBuffer;
}

/**
 * A new file key: 128 random bits, so a key cannot be guessed, and nothing
 * serves a stored file by its key anyway (only delivery reads it).
 */
function newFileKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `f-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Keeps checked files in KV for a CRM without an upload API (Kasar,
 * docs/forms.md "Kasar forms"): each under a fresh unguessable key, for
 * `ttlSeconds`, with its cleaned name and the type recognised from its content.
 */
export async function storeFiles(
  kv: KVNamespace,
  formUuid: string,
  files: CheckedFile[],
  ttlSeconds: number,
): Promise<UploadedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const uploaded = {
        key: newFileKey(),
        name: uploadName(file),
        size: file.file.size,
        type: file.detected.mime,
      };
      await kv.put(await kvKeys.storedFile(formUuid, uploaded.key), await file.file.arrayBuffer(), {
        expirationTtl: ttlSeconds,
        metadata: { name: uploaded.name, type: uploaded.type, size: uploaded.size },
      });
      return { ...uploaded, name: file.name };
    }),
  );
}

/** A stored file of a form; null when there is none (never stored, or expired). */
export async function readStoredFile(
  kv: KVNamespace,
  formUuid: string,
  fileKey: string,
): Promise<StoredFile | null> {
  const stored = await kv.getWithMetadata(
    await kvKeys.storedFile(formUuid, fileKey),
    "arrayBuffer",
  );
  const meta = StoredFileMetaSchema.safeParse(stored.metadata);
  if (stored.value === null || !meta.success) return null;
  return { ...meta.data, bytes: stored.value };
}
