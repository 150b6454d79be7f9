import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";
import { fieldIssues } from "./issues";

/**
 * The zod-openapi hook for request validation failures: a 400
 * `INVALID_REQUEST` naming each field, thrown so the one error handler answers it.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  throw new ApiError("INVALID_REQUEST", `The request ${result.target} is invalid.`, {
    issues: fieldIssues(result.error, result.target),
  });
};
