import type { AttemptOutcome, DeliveryStage } from "./attempt";
import { exhaustedReason } from "./messages";
import type { LedgerState, SubmissionStatus } from "./state";

/**
 * The ledger's state machine, apart from its Durable Object
 * (`./ledger.ts`): pure transitions of a {@link LedgerState}, so each
 * decision is unit-tested without workerd. The Durable Object stores the
 * state, runs the tries and sets the alarms these decide on.
 */

/** What the caller of a submission is answered. */
export interface LedgerAnswer {
  status: SubmissionStatus;
  recordUuid: string | null;
  /** True when this answer repeats an earlier one (same key, same payload). */
  replayed: boolean;
}

/** The result of offering a submission to its ledger. */
export type AcceptResult =
  | { kind: "answer"; answer: LedgerAnswer }
  /** The key was used before for a different payload. */
  | { kind: "conflict" }
  /** Caraer refused the submission outright; nothing was created or kept. */
  | { kind: "refused"; stage: DeliveryStage; status: number | null; types: string[] }
  /**
   * The inline try could not finish: the caller must queue the submission
   * (after `delaySeconds`) and then confirm with `SubmissionLedger.queued`.
   */
  | { kind: "defer"; delaySeconds: number };

/** The result of a queued delivery try, for the queue consumer. */
export type DeliveryResult =
  | { kind: "done" }
  /** Try again after `delaySeconds` (backoff, never sooner than Caraer's `Retry-After`). */
  | { kind: "retry"; error: string; delaySeconds: number }
  | { kind: "dead"; reason: string };

/** What the dead-letter store keeps of a failed submission (no personal data). */
export interface DeadLetterSummary {
  submissionId: string;
  formUuid: string;
  reason: string;
  attempts: number;
  lastError: string | null;
  createdAt: number;
}

/** The state of a submission offered for the first time. */
export function newLedgerState(formUuid: string, payloadHash: string, now: number): LedgerState {
  return {
    v: 1,
    formUuid,
    payloadHash,
    status: "pending",
    prepared: null,
    recordUuid: null,
    linked: false,
    uncertainSince: null,
    attempts: 0,
    lastError: null,
    deadReason: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * What an offer of `payloadHash` meets in an existing ledger: a different
 * payload under the same key (`conflict`), the earlier answer of an accepted
 * submission (`answer`), or nothing decided yet (`null`: try it).
 */
export function offered(existing: LedgerState | null, payloadHash: string): AcceptResult | null {
  if (!existing) return null;
  if (existing.payloadHash !== payloadHash) return { kind: "conflict" };
  if (existing.status === "pending") return null;
  return { kind: "answer", answer: answerOf(existing, true) };
}

/** Marks a submission delivered; its content (personal data) is dropped. */
export function finish(state: LedgerState): void {
  state.status = "delivered";
  state.prepared = null;
  state.uncertainSince = null;
  state.lastError = null;
}

/** The answer of a submission; a `pending` one reads as `queued`. */
export function answerOf(state: LedgerState, replayed: boolean): LedgerAnswer {
  const status = state.status === "pending" ? "queued" : state.status;
  return { status, recordUuid: state.recordUuid, replayed };
}

/** The dead-letter entry of a submission. */
export function summaryOf(
  submissionId: string,
  state: LedgerState,
  reason: string,
): DeadLetterSummary {
  return {
    submissionId,
    formUuid: state.formUuid,
    reason,
    attempts: state.attempts,
    lastError: state.lastError,
    createdAt: state.createdAt,
  };
}

/** Marks a submission dead-lettered with `reason`. */
export function markFailed(state: LedgerState, reason: string): void {
  state.status = "failed";
  state.deadReason = reason;
}

/**
 * Puts a failed submission back to `queued` for a replay, with a fresh set
 * of tries; false when it is not failed.
 */
export function requeue(state: LedgerState | null): state is LedgerState {
  if (state?.status !== "failed") return false;
  state.status = "queued";
  state.deadReason = null;
  state.attempts = 0;
  return true;
}

/**
 * The result of a failed queued try `attempt`: a refusal is dead, anything
 * else is retried after `delaySeconds` (the retry policy's answer).
 */
export function afterFailedTry(
  outcome: Exclude<AttemptOutcome, { kind: "delivered" }>,
  delaySeconds: number,
): DeliveryResult {
  if (outcome.kind === "permanent") {
    return { kind: "dead", reason: `rejected at ${outcome.stage}: ${outcome.error}` };
  }
  return { kind: "retry", error: outcome.error, delaySeconds };
}

/**
 * What the backstop does after its own try: nothing more when it is done or
 * tries remain (`null`), else the dead-letter reason.
 */
export function backstopReason(
  result: DeliveryResult,
  attempts: number,
  maxAttempts: number,
): string | null {
  if (result.kind === "done") return null;
  if (result.kind === "retry")
    return attempts < maxAttempts ? null : exhaustedReason(attempts, result.error);
  return result.reason;
}
