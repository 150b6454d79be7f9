import { DurableObject } from "cloudflare:workers";
import { type Services, servicesFor } from "../services/services";
import { deadLetterStore } from "./bindings";
import {
  type AcceptResult,
  answerOf,
  backstopReason,
  type DeadLetterSummary,
  type DeliveryResult,
  finish,
  type LedgerAnswer,
  markFailed,
  newLedgerState,
  offered,
  requeue,
  summaryOf,
} from "./ledger-state";
import { LedgerStorage } from "./ledger-storage";
import { deferTry, tryDelivery, tryQueued } from "./ledger-tries";
import type { PreparedSubmission } from "./prepared";
import type { LedgerState, SubmissionStatus } from "./state";

export type { AcceptResult, DeadLetterSummary, DeliveryResult, LedgerAnswer };

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
  private readonly store = new LedgerStorage(this.ctx.storage);

  /** Runs `task` after every earlier call of this ledger has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** This ledger's services; a broken configuration fails the call ({@link servicesFor}). */
  private services(): Services {
    return servicesFor(this.env, {
      requestId: null,
      route: "SubmissionLedger",
      submissionId: this.ctx.id.toString(),
    });
  }

  /** The CRM a queued try delivers to, with the delivery timeout. */
  private deliveryCrm(services: Services) {
    return services.submissionsFor("delivery", this.env.CACHE);
  }

  /**
   * The answer already given for this payload, if the submission was
   * accepted: lets a retry skip checks that cannot be repeated (a spent
   * Turnstile token) and uploads it does not need. Waits for a try in flight.
   */
  peek(payloadHash: string): Promise<AcceptResult | null> {
    return this.exclusive(async () => {
      const state = await this.store.load();
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
      const existing = await this.store.load();
      const earlier = offered(existing, input.payloadHash);
      if (earlier) return earlier;
      const state =
        existing ?? newLedgerState(input.prepared.formUuid, input.payloadHash, Date.now());
      // A repeat after a refused queue write carries fresh upload keys: use its body.
      state.prepared = input.prepared;
      await this.store.save(state);
      if (!existing) await this.store.expireLater(config);
      const timeout = config.FORM_INLINE_TIMEOUT_MS;
      const outcome = await tryDelivery(
        this.store,
        state,
        services.submissionsFor("inline", this.env.CACHE),
        timeout * 2,
      );
      if (outcome.kind === "delivered") {
        finish(state);
        await this.store.save(state);
        await this.store.expireLater(config);
        log.info("submission.delivered", { form: state.formUuid, inline: true });
        return { kind: "answer", answer: answerOf(state, false) };
      }
      if (outcome.kind === "permanent" && state.recordUuid === null) {
        // Nothing exists in Caraer and the caller is still here to fix the input: forget it.
        await this.store.forget();
        log.warn("submission.refused", { form: state.formUuid, error: outcome.error });
        return {
          kind: "refused",
          stage: outcome.stage,
          status: outcome.status ?? null,
          types: outcome.types,
        };
      }
      return deferTry(this.store, state, outcome, services);
    });
  }

  /**
   * Confirms that a deferred submission's message is in the queue, due in
   * `delaySeconds`: it is accepted (`queued`) from now on, and its backstop
   * is armed. A queued try that ran first already moved it on, which is kept.
   */
  queued(delaySeconds = 0): Promise<LedgerAnswer | null> {
    return this.exclusive(async () => {
      const state = await this.store.load();
      if (!state) return null;
      if (state.status === "pending") {
        state.status = "queued";
        await this.store.save(state);
        await this.store.armBackstop(this.services().config, delaySeconds);
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
      const state = await this.store.load();
      if (!state || state.status === "delivered" || state.status === "failed") {
        return { kind: "done" };
      }
      const services = this.services();
      return tryQueued(this.store, services, this.deliveryCrm(services), state, attempt);
    });
  }

  /** Marks the submission dead-lettered; `null` when there is nothing left to deliver. */
  markFailed(reason: string): Promise<DeadLetterSummary | null> {
    return this.exclusive(async () => {
      const state = await this.store.load();
      if (!state || state.status === "delivered") return null;
      return this.fail(state, reason);
    });
  }

  private async fail(state: LedgerState, reason: string): Promise<DeadLetterSummary> {
    markFailed(state, reason);
    await this.store.save(state);
    await this.store.disarm();
    return summaryOf(this.ctx.id.toString(), state, reason);
  }

  /**
   * Puts a dead-lettered submission back to `queued` for a replay, with its
   * backstop armed (the replay may stop before its message is queued); false
   * when it is not failed.
   */
  requeue(): Promise<boolean> {
    return this.exclusive(async () => {
      const state = await this.store.load();
      // A replay gets a fresh set of tries, from the queue and from the backstop alike.
      if (!requeue(state)) return false;
      await this.store.save(state);
      await this.store.armBackstop(this.services().config, 0);
      return true;
    });
  }

  /** Undoes {@link requeue} when the replay message could not be queued. */
  restoreFailed(reason: string): Promise<void> {
    return this.exclusive(async () => {
      const state = await this.store.load();
      if (state?.status !== "queued") return;
      markFailed(state, reason);
      await this.store.save(state);
      await this.store.disarm();
    });
  }

  /** Forgets a dead-lettered submission an operator discarded; false when it is not failed. */
  discard(): Promise<boolean> {
    return this.exclusive(async () => {
      const state = await this.store.load();
      if (state?.status !== "failed") return false;
      await this.store.forget();
      return true;
    });
  }

  /** The public status of an accepted submission of `formUuid`; `null` otherwise. */
  async status(formUuid: string): Promise<SubmissionStatus | null> {
    const state = await this.store.load();
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
      if (await this.store.alarmPending()) return;
      const state = await this.store.load();
      if (state?.status === "queued") {
        await this.backstop(state);
      } else if (!state || state.status === "delivered" || state.status === "pending") {
        await this.store.forget();
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
    const services = this.services();
    const { config, log } = services;
    log.warn("submission.backstop", {
      form: state.formUuid,
      attempts: state.attempts,
    });
    const result = await tryQueued(
      this.store,
      services,
      this.deliveryCrm(services),
      state,
      state.attempts + 1,
    );
    const reason = backstopReason(result, state.attempts, config.DELIVERY_MAX_ATTEMPTS);
    if (reason === null) return;
    // Stored first: if this stops before the ledger is marked, the backstop fires again.
    await deadLetterStore(this.env).add(summaryOf(this.ctx.id.toString(), state, reason));
    await this.fail(state, reason);
  }
}
