import { ApiError } from "../http/errors";
import { sha256Hex } from "../security/digest";
import type { ValidSubmission } from "./validate";

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The caller's idempotency key: the `Idempotency-Key` header (bare or as the
 * IETF draft's quoted string), or the `_idempotencyKey` field of a plain HTML
 * form. `undefined` when neither is sent; 400 when malformed.
 */
export function callerKey(header: string | undefined, field: unknown): string | undefined {
  const raw = header ?? (Array.isArray(field) ? field[0] : field);
  if (raw === undefined || raw === null || raw === "") return undefined;
  const text = typeof raw === "string" ? raw.trim().replace(/^"(.*)"$/, "$1") : "";
  if (!KEY.test(text)) {
    throw new ApiError("INVALID_REQUEST", "The idempotency key is malformed.", {
      issues: [
        {
          field: "Idempotency-Key",
          code: "invalid",
          message: "Use 1 to 255 visible ASCII characters, e.g. a UUID.",
        },
      ],
    });
  }
  return text;
}

/**
 * A fingerprint of what a submission asks for: the form, every encoded cell
 * value, the related record, and the content of files posted with it. Files
 * are hashed by content rather than by upload key, because a double-clicked
 * multipart post uploads its files twice under two keys and must still be
 * recognised as one submission.
 */
export async function payloadHash(formUuid: string, valid: ValidSubmission): Promise<string> {
  const files: [string, string[]][] = [];
  for (const [name, list] of [...valid.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.push([
      name,
      await Promise.all(list.map(async (f) => sha256Hex(await f.file.arrayBuffer()))),
    ]);
  }
  const canonical = JSON.stringify({
    form: formUuid,
    cells: [...valid.cells].sort(([a], [b]) => (a < b ? -1 : 1)),
    files,
    related: valid.relation?.toUuid ?? null,
  });
  return sha256Hex(canonical);
}

/**
 * The name of a submission's ledger: per form and caller key, or, when the
 * caller sent no key, per form, client address and payload, so a
 * double-clicked plain form still lands on one ledger while someone else
 * sending the same values (a person's known details) never finds it.
 */
export function ledgerName(
  formUuid: string,
  key: string | undefined,
  hash: string,
  client: string,
): string {
  return key === undefined ? `${formUuid}:payload:${client}:${hash}` : `${formUuid}:key:${key}`;
}
