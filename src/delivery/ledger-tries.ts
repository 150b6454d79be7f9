/**
 * The delivery tries of a submission ledger (`ledger.ts`): the inline try of a
 * new submission and its deferral to the queue, and a try of an accepted one
 * (from the queue or the backstop). The ledger runs them one at a time, and
 * each stores every step before the next starts.
 */
import type { DeliveryCrm } from "../forms/crm/port";
import type { Services } from "../services/services";
import { type AttemptOutcome, attemptDelivery } from "./attempt";
import { type AcceptResult, afterFailedTry, type DeliveryResult, finish } from "./ledger-state";
import type { LedgerStorage } from "./ledger-storage";
import type { LedgerState } from "./state";

/** Most CRM calls one try makes (scope, lookup, submit, link): bounds how long a try runs. */
const CALLS_PER_TRY = 4;

/**
 * One try to deliver, within `budgetMs`: each step it finishes is stored at
 * once, so a later try resumes where this one stopped.
 */
export function tryDelivery(
  store: LedgerStorage,
  state: LedgerState,
  crm: DeliveryCrm,
  budgetMs: number,
): Promise<AttemptOutcome> {
  const started = Date.now();
  return attemptDelivery(state, {
    crm,
    save: (next) => store.save(next),
    now: Date.now,
    hasTime: () => Date.now() - started < budgetMs,
  });
}

/**
 * Leaves a submission the inline try could not finish `pending` for the
 * caller to queue: the queue write happens in the Worker, so that a refused
 * write reaches the caller as 503 and the submission stays unaccepted.
 */
export async function deferTry(
  store: LedgerStorage,
  state: LedgerState,
  outcome: Exclude<AttemptOutcome, { kind: "delivered" }>,
  { log, retryAfter }: Services,
): Promise<AcceptResult> {
  state.lastError = outcome.error;
  await store.save(state);
  log.info("submission.deferred", {
    form: state.formUuid,
    stage: outcome.stage,
    error: outcome.error,
  });
  const delaySeconds = outcome.kind === "transient" ? retryAfter(1, outcome.retryAfterSeconds) : 0;
  return { kind: "defer", delaySeconds };
}

/**
 * A try of an accepted submission (from the queue or the backstop). The
 * backstop is armed before the try, so it comes even if this process dies
 * during it, and after a failed try past the time the next one is due.
 */
export async function tryQueued(
  store: LedgerStorage,
  services: Services,
  crm: DeliveryCrm,
  state: LedgerState,
  attempt: number,
): Promise<DeliveryResult> {
  const { config, log } = services;
  // A try runs, so the submission is in the queue even if the confirmation of its
  // caller never arrived: it is accepted.
  state.status = "queued";
  state.attempts += 1;
  await store.save(state);
  const tryBudgetSeconds = Math.ceil((CALLS_PER_TRY * config.FORM_DELIVERY_TIMEOUT_MS) / 1000);
  await store.armBackstop(config, tryBudgetSeconds);
  const outcome = await tryDelivery(store, state, crm, Number.POSITIVE_INFINITY);
  if (outcome.kind === "delivered") {
    finish(state);
    await store.save(state);
    await store.expireLater(config);
    log.info("submission.delivered", { form: state.formUuid, attempts: state.attempts });
    return { kind: "done" };
  }
  state.lastError = outcome.error;
  await store.save(state);
  log.warn("submission.try_failed", {
    form: state.formUuid,
    attempts: state.attempts,
    kind: outcome.kind,
    error: outcome.error,
  });
  const result = afterFailedTry(
    outcome,
    outcome.kind === "transient" ? services.retryAfter(attempt, outcome.retryAfterSeconds) : 0,
  );
  // A dead one keeps its backstop armed until the submission is marked failed.
  if (result.kind === "retry") await store.armBackstop(config, result.delaySeconds);
  return result;
}
