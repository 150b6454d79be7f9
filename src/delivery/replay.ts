import { deadLetterStore, ledgerOf } from "./bindings";
import { enqueueDelivery } from "./enqueue";

/** What replaying one dead letter did. */
export type ReplayResult = "replayed" | "not_found" | "unavailable";

/**
 * Sends a dead-lettered submission back to the deliveries queue: its ledger
 * returns to `queued` (keeping every finished step, so an existing record is
 * linked rather than created again), the message is queued, and only then is
 * the dead letter removed. If the queue refuses, the ledger goes back to
 * `failed` and the dead letter stays.
 */
export async function replayDeadLetter(env: Env, submissionId: string): Promise<ReplayResult> {
  const store = deadLetterStore(env);
  const entry = await store.get(submissionId);
  const ledger = entry ? ledgerOf(env, submissionId) : null;
  if (!entry || !ledger) return "not_found";
  if (!(await ledger.requeue())) {
    // Delivered or discarded meanwhile: the entry is stale.
    await store.remove(submissionId);
    return "not_found";
  }
  try {
    await enqueueDelivery(env.DELIVERIES, submissionId, entry.formUuid);
  } catch {
    await ledger.restoreFailed(entry.reason);
    return "unavailable";
  }
  await store.remove(submissionId);
  return "replayed";
}

/** Discards a dead letter for good (the operator handled it by hand); false when there is none. */
export async function discardDeadLetter(env: Env, submissionId: string): Promise<boolean> {
  const store = deadLetterStore(env);
  if (!(await store.get(submissionId))) return false;
  await ledgerOf(env, submissionId)?.discard();
  return store.remove(submissionId);
}
