import * as z from "zod/v4";
import { SUBMISSION_ID } from "../config/patterns";

/** A submission ID: the hex ID of its ledger Durable Object. */
export const SubmissionIdSchema = z.string().regex(SUBMISSION_ID);

/** A message of the deliveries queue: which submission to try again. No personal data travels. */
export const DeliveryMessageSchema = z.object({
  v: z.literal(1),
  submissionId: SubmissionIdSchema,
  formUuid: z.string(),
});

/** A deliveries queue message. */
export type DeliveryMessage = z.infer<typeof DeliveryMessageSchema>;

/**
 * A message of the dead-letter queue: a delivery message, with the reason when
 * the consumer dead-lettered it itself. Without a reason, Cloudflare moved it
 * after the queue's own `max_retries`.
 */
export const DeadLetterMessageSchema = DeliveryMessageSchema.extend({
  reason: z.string().optional(),
});

/** A dead-letter queue message. */
export type DeadLetterMessage = z.infer<typeof DeadLetterMessageSchema>;

/** The dead-letter reason of a submission whose tries ran out. */
export function exhaustedReason(tries: number, lastError: string): string {
  return `retries exhausted after ${tries} tries: ${lastError}`;
}
