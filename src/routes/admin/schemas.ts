import * as z from "zod/v4";
import { errorResponse, SubmissionIdParam } from "../forms/schemas";

/** A dead-lettered submission as operators see it: no personal data. */
export const DeadLetterSchema = z
  .object({
    submissionId: z.string(),
    formUuid: z.string(),
    reason: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.number().openapi({ description: "Unix ms." }),
    deadLetteredAt: z.number().openapi({ description: "Unix ms." }),
  })
  .openapi("DeadLetter");

/** The 401 of every operator route. */
export const unauthorized = errorResponse("Missing or wrong operator token (`UNAUTHORIZED`).");

/** Path parameters of one dead letter. */
export const submissionParams = z.object({ submissionId: SubmissionIdParam });
