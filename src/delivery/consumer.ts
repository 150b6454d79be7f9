import { ConfigError } from "../config/load";
import { createLogger, describeError, type Logger } from "../observability/log";
import { type Services, servicesFor } from "../services/services";
import { DEAD_LETTER_QUEUE, deadLetterStore, ledgerOf } from "./bindings";
import {
  type DeadLetterMessage,
  DeadLetterMessageSchema,
  type DeliveryMessage,
  DeliveryMessageSchema,
  exhaustedReason,
} from "./messages";

/** Reason stored when Cloudflare moved a message after the queue's own `max_retries`. */
const QUEUE_GAVE_UP = "retries exhausted (queue max_retries)";

/** Seconds before a dead-letter message whose storing failed is tried again. */
const DEAD_LETTER_RETRY_SECONDS = 30;

async function deadLetter(env: Env, message: DeliveryMessage, reason: string): Promise<void> {
  const body: DeadLetterMessage = { ...message, reason };
  await env.DEAD_LETTERS.send(body, { contentType: "json" });
}

async function deliverOne(
  message: Message<unknown>,
  env: Env,
  { config, log, retryAfter }: Services,
): Promise<void> {
  const parsed = DeliveryMessageSchema.safeParse(message.body);
  const ledger = parsed.success ? ledgerOf(env, parsed.data.submissionId) : null;
  if (!parsed.success || !ledger) {
    // Nothing can ever be done with it; keeping it would only loop.
    log.error("delivery.invalid_message", { messageId: message.id });
    message.ack();
    return;
  }
  try {
    const result = await ledger.deliver(message.attempts);
    if (result.kind === "done") {
      message.ack();
    } else if (result.kind === "dead") {
      await deadLetter(env, parsed.data, result.reason);
      message.ack();
    } else if (message.attempts >= config.DELIVERY_MAX_ATTEMPTS) {
      await deadLetter(env, parsed.data, exhaustedReason(message.attempts, result.error));
      message.ack();
    } else {
      message.retry({ delaySeconds: result.delaySeconds });
    }
  } catch (error) {
    log.error("delivery.consumer_failed", {
      submissionId: parsed.data.submissionId,
      ...describeError(error),
    });
    // The try could not run at all (its ledger failed): back off by the message's tries.
    message.retry({ delaySeconds: retryAfter(message.attempts) });
  }
}

async function storeOne(message: Message<unknown>, env: Env, log: Logger): Promise<void> {
  const parsed = DeadLetterMessageSchema.safeParse(message.body);
  const ledger = parsed.success ? ledgerOf(env, parsed.data.submissionId) : null;
  if (!parsed.success || !ledger) {
    log.error("dead_letter.invalid_message", { messageId: message.id });
    message.ack();
    return;
  }
  try {
    const summary = await ledger.markFailed(parsed.data.reason ?? QUEUE_GAVE_UP);
    // No summary: delivered meanwhile, or already forgotten. Either way nothing waits.
    if (summary) {
      await deadLetterStore(env).add(summary);
      log.warn("submission.dead_lettered", {
        submissionId: summary.submissionId,
        form: summary.formUuid,
        reason: summary.reason,
      });
    }
    message.ack();
  } catch (error) {
    log.error("dead_letter.store_failed", {
      submissionId: parsed.data.submissionId,
      ...describeError(error),
    });
    message.retry({ delaySeconds: DEAD_LETTER_RETRY_SECONDS });
  }
}

/**
 * The Worker's queue handler. Deliveries: one queued try per message through
 * the submission's ledger; transient failures come back with exponential
 * backoff (honouring `Retry-After`) until `DELIVERY_MAX_ATTEMPTS`, then go to
 * the dead-letter queue, as do permanent refusals, with their reason. Dead
 * letters: the ledger is marked failed and the entry stored for operators.
 */
export async function handleQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const origin = { requestId: null, route: `queue ${batch.queue}` };
  let services: Services;
  try {
    services = servicesFor(env, origin);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The messages wait for a fixed configuration; this line says so for each batch.
    createLogger(origin).error("queue.config_invalid", {
      fields: error.issues.map((issue) => issue.field),
    });
    batch.retryAll({ delaySeconds: 60 });
    return;
  }
  if (batch.queue === DEAD_LETTER_QUEUE) {
    await Promise.all(batch.messages.map((message) => storeOne(message, env, services.log)));
    return;
  }
  await Promise.all(batch.messages.map((message) => deliverOne(message, env, services)));
}
