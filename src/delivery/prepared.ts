import * as z from "zod/v4";
import { ListSchema } from "../config/lists";

/** One Caraer filter item, as the lost-response lookup sends it. */
export const MatchItemSchema = z.object({
  object: z.null(),
  relation: z.null(),
  property: z.string(),
  operator: z.enum(["equals_exactly", "any"]),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
});

/** A filter item of the lost-response lookup. */
export type MatchItem = z.infer<typeof MatchItemSchema>;

/**
 * Everything needed to deliver a submission without the request that made
 * it: stored in the submission's ledger until it is delivered, then dropped.
 */
export const PreparedSubmissionSchema = z.object({
  formUuid: z.string(),
  /** The form's target object, where the lost-response lookup searches. */
  object: z.string(),
  /** The submit body: the form as fetched, each input cell's `value` set. */
  body: z.unknown(),
  /** Items that identify this submission's record if a submit's answer was lost. */
  match: z.array(MatchItemSchema),
  relation: z
    .object({
      name: z.string(),
      toUuid: z.string(),
      list: ListSchema,
      /** Whether the related record was found inside the list's scope. */
      verified: z.boolean(),
    })
    .optional(),
});

/** A submission ready to deliver. */
export type PreparedSubmission = z.infer<typeof PreparedSubmissionSchema>;
