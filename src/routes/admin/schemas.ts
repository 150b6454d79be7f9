import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { SubmissionIdParam, submissionExamples } from "../forms/schemas";

/** A dead-lettered submission as operators see it: no personal data. */
export const DeadLetterSchema =
  OPENAPI_METADATA &&
  z
    .object({
      submissionId: z.string(),
      formUuid: z.string(),
      reason: z.string(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.number().openapi(OPENAPI_METADATA && { description: "Unix ms." }),
      deadLetteredAt: z.number().openapi(OPENAPI_METADATA && { description: "Unix ms." }),
    })
    .openapi("DeadLetter");

/** What the 401 of every operator route means. */
export const UNAUTHORIZED =
  OPENAPI_METADATA &&
  "Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off).";

/** The submission ID of the operator routes' examples. */
export const exampleId = OPENAPI_METADATA && submissionExamples.queued.value.data.submissionId;

/** Path parameters of one dead letter. */
export const submissionParams = z.object({ submissionId: SubmissionIdParam });
