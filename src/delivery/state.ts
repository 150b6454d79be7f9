import * as z from "zod/v4";
import { PreparedSubmissionSchema } from "./prepared";

/** Where a submission stands, as the status route tells it. */
export const SUBMISSION_STATUSES = ["queued", "delivered", "failed"] as const;

/** A submission's public status. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * The durable state of one submission in its ledger. `pending` is a
 * submission whose caller has not been answered with success yet (the first
 * try runs, or it could not be queued); it becomes `queued` or `delivered`
 * when accepted, `failed` when dead-lettered.
 */
export const LedgerStateSchema = z.object({
  v: z.literal(1),
  formUuid: z.string(),
  payloadHash: z.string(),
  status: z.enum(["pending", ...SUBMISSION_STATUSES]),
  /** The prepared submission; dropped once delivered, so no personal data outlives delivery. */
  prepared: PreparedSubmissionSchema.nullable(),
  recordUuid: z.string().nullable(),
  linked: z.boolean(),
  /** When a submit was sent whose outcome is unknown (a lost answer); `null` when none is. */
  uncertainSince: z.number().nullable(),
  /** Queued delivery tries so far. */
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  deadReason: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** A ledger's durable state. */
export type LedgerState = z.infer<typeof LedgerStateSchema>;
