import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { SUBMISSION_ID_PARAM } from "../../config/patterns";
import { SUBMISSION_STATUSES } from "../../delivery/state";
import { FieldSchema } from "../../forms/fields";
import { UuidParam } from "../schemas";

/** Path parameter: a form UUID listed in `FORMS`. */
export const FormUuidParam = UuidParam.openapi(
  OPENAPI_METADATA && { example: "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50" },
);

/** A submission ID of the examples (64 hex digits). */
const EXAMPLE_SUBMISSION_ID =
  OPENAPI_METADATA && "9c1e4f2a7b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f";

/** Path parameter: a submission ID as answered by the submission route. */
export const SubmissionIdParam = z
  .string()
  .regex(SUBMISSION_ID_PARAM)
  .openapi(OPENAPI_METADATA && { description: "64 hex digits.", example: EXAMPLE_SUBMISSION_ID });

/**
 * A render-ready form field. Rebuilt from the domain schema's shape, so the
 * OpenAPI name does not depend on which module loaded zod first.
 */
export const FormFieldSchema = OPENAPI_METADATA && z.object(FieldSchema.shape).openapi("FormField");

/** A submission's public status. */
export const SubmissionStatusSchema =
  OPENAPI_METADATA &&
  z.enum(SUBMISSION_STATUSES).openapi(
    OPENAPI_METADATA && {
      description:
        "`queued`: accepted, delivery deferred; `delivered`: the record exists in Caraer (and is linked); `failed`: dead-lettered, waiting for an operator.",
    },
  );

/** The answer of an accepted submission. */
export const SubmissionAnswerSchema =
  OPENAPI_METADATA &&
  z
    .object({
      data: z.object({
        submissionId: z.string(),
        status: SubmissionStatusSchema,
        recordUuid: z
          .string()
          .optional()
          .openapi(
            OPENAPI_METADATA && {
              description:
                "Only when delivered, and not in a repeat sent without an `Idempotency-Key`.",
            },
          ),
      }),
    })
    .openapi("SubmissionAnswer");

/** An upload key as the emulator's uploads route returns it, for the examples. */
export const EXAMPLE_UPLOAD_KEY =
  OPENAPI_METADATA &&
  "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f/files/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50/3b9f0c1d2e4a5b6c-cv.pdf";

/** Examples of a submission's answers, for the submission and status routes. */
export const submissionExamples =
  OPENAPI_METADATA &&
  ({
    delivered: {
      summary: "Delivered at once: the candidate exists in Caraer.",
      value: {
        data: {
          submissionId: EXAMPLE_SUBMISSION_ID,
          status: "delivered",
          recordUuid: "40000000-0000-4000-8000-0000000000a1",
        },
      },
    },
    queued: {
      summary: "Caraer was slow: accepted, delivered later from the queue.",
      value: { data: { submissionId: EXAMPLE_SUBMISSION_ID, status: "queued" } },
    },
  } as const);
