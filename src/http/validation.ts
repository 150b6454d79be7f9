import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./context";
import { ApiError, type FieldIssue } from "./errors";

/**
 * The zod-openapi hook for request validation failures: a 400
 * `INVALID_REQUEST` naming each field, thrown so the one error handler answers it.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || result.target,
    code: issue.code,
    message: issue.message,
  }));
  throw new ApiError("INVALID_REQUEST", `The request ${result.target} is invalid.`, { issues });
};
