import type { DeadLetterStore } from "./dead-letters";
import type { SubmissionLedger } from "./ledger";
import { SubmissionIdSchema } from "./messages";

/** Dead-letter queue of the deliveries queue (`wrangler.toml`). */
export const DEAD_LETTER_QUEUE = "caraer-edge-dead-letters";

/** Name of the single dead-letter store object. */
const DEAD_LETTER_STORE = "dead-letters";

/** A ledger by name (form and key); its ID is the submission ID. */
export function ledgerNamed(
  env: Env,
  name: string,
): { submissionId: string; ledger: DurableObjectStub<SubmissionLedger> } {
  const id = env.SUBMISSIONS.idFromName(name);
  return { submissionId: id.toString(), ledger: env.SUBMISSIONS.get(id) };
}

/** The ledger of a submission ID, or `null` when the ID is not one of ours. */
export function ledgerOf(
  env: Env,
  submissionId: string,
): DurableObjectStub<SubmissionLedger> | null {
  if (!SubmissionIdSchema.safeParse(submissionId).success) return null;
  try {
    return env.SUBMISSIONS.get(env.SUBMISSIONS.idFromString(submissionId));
  } catch {
    // An ID of the right shape that this namespace did not issue.
    return null;
  }
}

/** The dead-letter store. */
export function deadLetterStore(env: Env): DurableObjectStub<DeadLetterStore> {
  return env.DEAD_LETTER_STORE.get(env.DEAD_LETTER_STORE.idFromName(DEAD_LETTER_STORE));
}
