import { DurableObject } from "cloudflare:workers";
import type { Config } from "../config/config";
import { type Services, servicesFor } from "../services/services";
import type { CaraerClient } from "../upstream/client";
import { type AttemptOutcome, attemptDelivery, type DeliveryStage } from "./attempt";
import { deadLetterStore } from "./bindings";
import { exhaustedReason } from "./messages";
import type { PreparedSubmission } from "./prepared";
import { type LedgerState, LedgerStateSchema, type SubmissionStatus } from "./state";

const STATE_KEY = "state";

/** Most Caraer calls one try makes (scope, lookup, submit, link): bounds how long a try runs. */
const CALLS_PER_TRY = 4;

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
   * (after `delaySeconds`) and then confirm with {@link SubmissionLedger.queued}.
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

/**
 * The ledger of one submission, keyed by form and idempotency key (or payload
 * hash): the one place that decides whether it still has to be delivered.
 * Its calls run one at a time, so a double click, a client retry and a queue
 * redelivery of the same submission can never submit it twice at once, and
 * every step is stored before the next starts.
 *
 * While a submission is `queued`, its alarm is the backstop of the queue: it
 * is set past the time the next queued try is due, pushed on by every try,
 * and if it fires (the message was lost, or a replay stopped between its
 * steps) the ledger queues the submission again itself. So an accepted
 * submission is never left waiting on a message that no longer exists.
 */
export class SubmissionLedger extends DurableObject<Env> {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier call of this ledger has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** This ledger's services; a broken configuration fails the call ({@link servicesFor}). */
  private services(): Services {
    return servicesFor(this.env, { submissionId: this.ctx.id.toString() });
  }

  private async load(): Promise<LedgerState | null> {
    const stored = await this.ctx.storage.get(STATE_KEY);
    if (stored === undefined) return null;
    const parsed = LedgerStateSchema.safeParse(stored);
    // A state this code cannot read is kept for an operator rather than overwritten.
    if (!parsed.success) throw new Error("unreadable ledger state");
    return parsed.data;
  }

  private async save(state: LedgerState): Promise<void> {
    state.updatedAt = Date.now();
    await this.ctx.storage.put(STATE_KEY, state);
  }

  /** Schedules the removal of a finished (or never accepted) submission after the retention. */
  private async expireLater(config: Config): Promise<void> {
    await this.ctx.storage.setAlarm(Date.now() + config.SUBMISSION_RETENTION_SECONDS * 1000);
  }

  /**
   * Arms the backstop of a queued submission: when no try has come
   * `DELIVERY_BACKSTOP_SECONDS` after the next one is due (in `dueInSeconds`),
   * {@link alarm} queues it again.
   */
  private async armBackstop(config: Config, dueInSeconds: number): Promise<void> {
    const seconds = dueInSeconds + config.DELIVERY_BACKSTOP_SECONDS;
    await this.ctx.storage.setAlarm(Date.now() + seconds * 1000);
  }

  private tryDelivery(state: LedgerState, caraer: CaraerClient, budgetMs: number) {
    const started = Date.now();
    return attemptDelivery(state, {
      caraer,
      save: (next) => this.save(next),
      now: Date.now,
      hasTime: () => Date.now() - started < budgetMs,
    });
  }

  /**
   * The answer already given for this payload, if the submission was
   * accepted: lets a retry skip checks that cannot be repeated (a spent
   * Turnstile token) and uploads it does not need. Waits for a try in flight.
   */
  peek(payloadHash: string): Promise<AcceptResult | null> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (!state || state.status === "pending") return null;
      if (state.payloadHash !== payloadHash) return { kind: "conflict" };
      return { kind: "answer", answer: answerOf(state, true) };
    });
  }

  /**
   * Offers a validated submission. A new one is tried at once with the short
   * inline timeout: delivered (201), or on a transient failure queued (202);
   * if the queue cannot take it the caller is told so (503) and the ledger
   * remembers that a submit may be in flight. A repeat gets the first answer.
   */
  accept(input: { payloadHash: string; prepared: PreparedSubmission }): Promise<AcceptResult> {
    return this.exclusive(async () => {
      const services = this.services();
      const { config, log } = services;
      const existing = await this.load();
      if (existing && existing.payloadHash !== input.payloadHash) return { kind: "conflict" };
      if (existing && existing.status !== "pending") {
        return { kind: "answer", answer: answerOf(existing, true) };
      }
      const now = Date.now();
      const state: LedgerState = existing ?? {
        v: 1,
        formUuid: input.prepared.formUuid,
        payloadHash: input.payloadHash,
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
      // A repeat after a refused queue write carries fresh upload keys: use its body.
      state.prepared = input.prepared;
      await this.save(state);
      if (!existing) await this.expireLater(config);
      const timeout = config.FORM_INLINE_TIMEOUT_MS;
      const outcome = await this.tryDelivery(state, services.caraerFor("inline"), timeout * 2);
      if (outcome.kind === "delivered") {
        finish(state);
        await this.save(state);
        await this.expireLater(config);
        log.info("submission.delivered", { form: state.formUuid, inline: true });
        return { kind: "answer", answer: answerOf(state, false) };
      }
      if (outcome.kind === "permanent" && state.recordUuid === null) {
        // Nothing exists in Caraer and the caller is still here to fix the input: forget it.
        await this.ctx.storage.deleteAll();
        log.warn("submission.refused", { form: state.formUuid, error: outcome.error });
        return {
          kind: "refused",
          stage: outcome.stage,
          status: outcome.status ?? null,
          types: outcome.types,
        };
      }
      return this.defer(state, outcome, services);
    });
  }

  /**
   * Leaves a submission the inline try could not finish `pending` for the
   * caller to queue: the queue write happens in the Worker, so that a refused
   * write reaches the caller as 503 and the submission stays unaccepted.
   */
  private async defer(
    state: LedgerState,
    outcome: Exclude<AttemptOutcome, { kind: "delivered" }>,
    { log, retryAfter }: Services,
  ): Promise<AcceptResult> {
    state.lastError = outcome.error;
    await this.save(state);
    log.info("submission.deferred", {
      form: state.formUuid,
      stage: outcome.stage,
      error: outcome.error,
    });
    const delaySeconds =
      outcome.kind === "transient" ? retryAfter(1, outcome.retryAfterSeconds) : 0;
    return { kind: "defer", delaySeconds };
  }

  /**
   * Confirms that a deferred submission's message is in the queue, due in
   * `delaySeconds`: it is accepted (`queued`) from now on, and its backstop
   * is armed. A queued try that ran first already moved it on, which is kept.
   */
  queued(delaySeconds = 0): Promise<LedgerAnswer | null> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (!state) return null;
      if (state.status === "pending") {
        state.status = "queued";
        await this.save(state);
        await this.armBackstop(this.services().config, delaySeconds);
      }
      return answerOf(state, false);
    });
  }

  /**
   * One queued delivery try, called by the queue consumer with the message's
   * `attempt` (1-based), which sets the backoff of a retry.
   */
  deliver(attempt = 1): Promise<DeliveryResult> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (!state || state.status === "delivered" || state.status === "failed") {
        return { kind: "done" };
      }
      return this.tryQueued(state, attempt);
    });
  }

  /**
   * A try of an accepted submission (from the queue or the backstop). The
   * backstop is armed before the try, so it comes even if this process dies
   * during it, and after a failed try past the time the next one is due.
   */
  private async tryQueued(state: LedgerState, attempt: number): Promise<DeliveryResult> {
    const services = this.services();
    const { config, log } = services;
    // A try runs, so the submission is in the queue even if the confirmation of its
    // caller never arrived: it is accepted.
    state.status = "queued";
    state.attempts += 1;
    await this.save(state);
    const tryBudgetSeconds = Math.ceil((CALLS_PER_TRY * config.FORM_DELIVERY_TIMEOUT_MS) / 1000);
    await this.armBackstop(config, tryBudgetSeconds);
    const outcome = await this.tryDelivery(
      state,
      services.caraerFor("delivery"),
      Number.POSITIVE_INFINITY,
    );
    if (outcome.kind === "delivered") {
      finish(state);
      await this.save(state);
      await this.expireLater(config);
      log.info("submission.delivered", { form: state.formUuid, attempts: state.attempts });
      return { kind: "done" };
    }
    state.lastError = outcome.error;
    await this.save(state);
    log.warn("submission.try_failed", {
      form: state.formUuid,
      attempts: state.attempts,
      kind: outcome.kind,
      error: outcome.error,
    });
    if (outcome.kind === "permanent") {
      // The backstop stays armed until the submission is marked failed.
      return { kind: "dead", reason: `rejected at ${outcome.stage}: ${outcome.error}` };
    }
    const delaySeconds = services.retryAfter(attempt, outcome.retryAfterSeconds);
    await this.armBackstop(config, delaySeconds);
    return { kind: "retry", error: outcome.error, delaySeconds };
  }

  /** Marks the submission dead-lettered; `null` when there is nothing left to deliver. */
  markFailed(reason: string): Promise<DeadLetterSummary | null> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (!state || state.status === "delivered") return null;
      return this.fail(state, reason);
    });
  }

  private async fail(state: LedgerState, reason: string): Promise<DeadLetterSummary> {
    state.status = "failed";
    state.deadReason = reason;
    await this.save(state);
    // Failed submissions wait for an operator, not for a timer.
    await this.ctx.storage.deleteAlarm();
    return summaryOf(this.ctx.id.toString(), state, reason);
  }

  /**
   * Puts a dead-lettered submission back to `queued` for a replay, with its
   * backstop armed (the replay may stop before its message is queued); false
   * when it is not failed.
   */
  requeue(): Promise<boolean> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (state?.status !== "failed") return false;
      state.status = "queued";
      state.deadReason = null;
      // A replay gets a fresh set of tries, from the queue and from the backstop alike.
      state.attempts = 0;
      await this.save(state);
      await this.armBackstop(this.services().config, 0);
      return true;
    });
  }

  /** Undoes {@link requeue} when the replay message could not be queued. */
  restoreFailed(reason: string): Promise<void> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (state?.status !== "queued") return;
      state.status = "failed";
      state.deadReason = reason;
      await this.save(state);
      await this.ctx.storage.deleteAlarm();
    });
  }

  /** Forgets a dead-lettered submission an operator discarded; false when it is not failed. */
  discard(): Promise<boolean> {
    return this.exclusive(async () => {
      const state = await this.load();
      if (state?.status !== "failed") return false;
      await this.ctx.storage.deleteAll();
      return true;
    });
  }

  /** The public status of an accepted submission of `formUuid`; `null` otherwise. */
  async status(formUuid: string): Promise<SubmissionStatus | null> {
    const state = await this.load();
    if (!state || state.formUuid !== formUuid || state.status === "pending") return null;
    return state.status;
  }

  /**
   * Tries a `queued` submission itself when its backstop fires; forgets a
   * finished or never accepted one once its retention has passed.
   */
  override async alarm(): Promise<void> {
    await this.exclusive(async () => {
      // A call that ran while this alarm waited set a later one, which now decides.
      const next = await this.ctx.storage.getAlarm();
      if (next !== null && next > Date.now()) return;
      const state = await this.load();
      if (state?.status === "queued") {
        await this.backstop(state);
      } else if (!state || state.status === "delivered" || state.status === "pending") {
        await this.ctx.storage.deleteAll();
      }
    });
  }

  /**
   * The backstop: no queued try came in time (the message was lost, or a
   * replay stopped between its steps), so the ledger tries itself, without
   * the queue, and arms itself again with the backoff. After
   * `DELIVERY_MAX_ATTEMPTS` tries, or a refusal, it dead-letters the
   * submission straight into the store. A message that was only late finds
   * the work done, or resumes it.
   */
  private async backstop(state: LedgerState): Promise<void> {
    const { config, log } = this.services();
    log.warn("submission.backstop", {
      form: state.formUuid,
      attempts: state.attempts,
    });
    const result = await this.tryQueued(state, state.attempts + 1);
    if (result.kind === "done") return;
    if (result.kind === "retry" && state.attempts < config.DELIVERY_MAX_ATTEMPTS) return;
    const reason =
      result.kind === "dead" ? result.reason : exhaustedReason(state.attempts, result.error);
    // Stored first: if this stops before the ledger is marked, the backstop fires again.
    await deadLetterStore(this.env).add(summaryOf(this.ctx.id.toString(), state, reason));
    await this.fail(state, reason);
  }
}

function summaryOf(submissionId: string, state: LedgerState, reason: string): DeadLetterSummary {
  return {
    submissionId,
    formUuid: state.formUuid,
    reason,
    attempts: state.attempts,
    lastError: state.lastError,
    createdAt: state.createdAt,
  };
}

function finish(state: LedgerState): void {
  state.status = "delivered";
  state.prepared = null;
  state.uncertainSince = null;
  state.lastError = null;
}

function answerOf(state: LedgerState, replayed: boolean): LedgerAnswer {
  const status = state.status === "pending" ? "queued" : state.status;
  return { status, recordUuid: state.recordUuid, replayed };
}
