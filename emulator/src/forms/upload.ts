import { DEMO_COMPANY_UUID } from "../demo";
import { invalid } from "../errors";
import { db, newHex } from "../store";
import type { FormDef } from "../types";

/** A file name safe for a storage key: ASCII letters, digits, dot, dash, underscore. */
export function sanitizeFileName(name: string): string {
  const safe = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  return safe.slice(-100) || "file";
}

/**
 * Stores the `files` parts of a multipart upload for a form and returns their
 * keys, `<company>/files/forms/<form>/<random>-<name>`. [ours] Fields other
 * than `files` are ignored; a `files` field that is not a file is a 400.
 */
export async function storeUploads(form: FormDef, request: Request): Promise<string[]> {
  if (!request.headers.get("content-type")?.toLowerCase().includes("multipart/form-data")) {
    throw invalid(
      "VALIDATION",
      "Uploads must be multipart/form-data",
      "Send the files as parts named 'files'.",
    );
  }
  let parts: (string | File)[];
  try {
    parts = (await request.formData()).getAll("files");
  } catch {
    throw invalid(
      "VALIDATION",
      "The multipart body could not be read",
      "Send a well-formed multipart body.",
    );
  }
  if (parts.length === 0) {
    throw invalid("VALIDATION", "No files were sent", "Send one or more parts named 'files'.");
  }
  const files = parts.filter((p): p is File => typeof p !== "string");
  if (files.length !== parts.length) {
    throw invalid(
      "VALIDATION",
      "Every 'files' part must be a file",
      "Send file parts with a filename.",
    );
  }
  return files.map((file) => {
    const key = `${DEMO_COMPANY_UUID}/files/forms/${form.uuid}/${newHex(16)}-${sanitizeFileName(file.name)}`;
    db().uploads.set(key, {
      key,
      name: file.name,
      size: file.size,
      type: file.type,
      formUuid: form.uuid,
    });
    return key;
  });
}
