import * as z from "zod/v4";
import { SUBMISSION_ID } from "../../config/patterns";
import { SUBMISSION_STATUSES } from "../../delivery/state";
import { FieldSchema } from "../../forms/fields";
import { ErrorEnvelopeSchema } from "../../http/errors";
import { UuidParam } from "../schemas";

/** Path parameter: a form UUID listed in `FORMS`. */
export const FormUuidParam = UuidParam.openapi({ example: "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50" });

/** Path parameter: a submission ID as answered by the submission route. */
export const SubmissionIdParam = z
  .string()
  .regex(new RegExp(SUBMISSION_ID.source, "i"))
  .openapi({ description: "64 hex digits.", example: "0".repeat(64) });

/**
 * A render-ready form field. Rebuilt from the domain schema's shape, so the
 * OpenAPI name does not depend on which module loaded zod first.
 */
export const FormFieldSchema = z.object(FieldSchema.shape).openapi("FormField");

/** A submission's public status. */
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES).openapi({
  description:
    "`queued`: accepted, delivery deferred; `delivered`: the record exists in Caraer (and is linked); `failed`: dead-lettered, waiting for an operator.",
});

/** The answer of an accepted submission. */
export const SubmissionAnswerSchema = z
  .object({
    data: z.object({
      submissionId: z.string(),
      status: SubmissionStatusSchema,
      recordUuid: z.string().optional().openapi({
        description: "Only when delivered, and not in a repeat sent without an `Idempotency-Key`.",
      }),
    }),
  })
  .openapi("SubmissionAnswer");

/** Builds an error response entry of a route. */
export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorEnvelopeSchema } } };
}
