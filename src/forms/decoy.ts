import { kvKeys } from "../cache/keys";

/**
 * Honeypot catches are answered exactly like a queued submission: the same
 * validation first, a submission ID from the same naming, a replay flag on a
 * repeat, and a status link that answers `queued`. Nothing is delivered; the
 * only trace is this marker, kept as long as a real submission's status.
 */

/** Whether a decoy was already answered under this submission ID (a repeat). */
export async function isDecoy(
  kv: KVNamespace,
  formUuid: string,
  submissionId: string,
): Promise<boolean> {
  return (await kv.get(await kvKeys.decoy(submissionId))) === formUuid;
}

/** Remembers a decoy answer, so its status link answers like a queued submission's. */
export async function rememberDecoy(
  kv: KVNamespace,
  formUuid: string,
  submissionId: string,
  retentionSeconds: number,
): Promise<void> {
  await kv.put(await kvKeys.decoy(submissionId), formUuid, { expirationTtl: retentionSeconds });
}
