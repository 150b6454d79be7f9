import type * as z from "zod/v4";
import type { FieldIssue } from "./errors";

/**
 * Turns zod's issues into the envelope's field issues: the dotted path (or
 * `fallback` for a problem with the whole value), zod's code and message.
 * Zod's messages name the expected shape, never the received value.
 */
export function fieldIssues(error: z.core.$ZodError, fallback: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || fallback,
    code: issue.code,
    message: issue.message,
  }));
}
