import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { createLogger, describeError } from "../observability/log";
import { UpstreamError } from "../upstream/errors";
import type { AppEnv } from "./context";
import { ApiError, type ErrorCode, errorEnvelope, type FieldIssue } from "./errors";
import { requestOrigin } from "./log-origin";

/**
 * Answers an error in the one envelope, with the request id and any extra
 * headers; on the site's HTML paths, as the site's error page instead.
 */
export function respondError(
  c: Context<AppEnv>,
  code: ErrorCode,
  status: ContentfulStatusCode,
  message: string,
  options: { issues?: FieldIssue[] | undefined; headers?: Record<string, string> } = {},
): Response | Promise<Response> {
  const requestId = c.get("requestId") ?? "";
  for (const [name, value] of Object.entries(options.headers ?? {})) c.header(name, value);
  const errorPage = c.get("errorPage");
  if (errorPage) return errorPage(c, status);
  return c.json(errorEnvelope(code, message, requestId, options.issues), status);
}

/**
 * The app's error handler. Known errors keep their code; upstream failures
 * become 502/503 without the upstream body; anything else is a bug, logged and
 * answered as `INTERNAL_ERROR` without a stack or message.
 */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) {
    return respondError(c, error.code, error.status, error.message, {
      issues: error.issues,
      headers: error.headers,
    });
  }
  if (error instanceof UpstreamError) {
    const log = c.get("services")?.log ?? createLogger(requestOrigin(c));
    log.warn("upstream.failed", {
      endpoint: error.endpoint,
      failure: error.failure,
      status: error.status,
    });
    if (error.transient) {
      return respondError(
        c,
        "UPSTREAM_UNAVAILABLE",
        503,
        "Caraer is unavailable; try again shortly.",
        {
          headers: { "Retry-After": String(error.retryAfterSeconds ?? 5) },
        },
      );
    }
    return respondError(c, "UPSTREAM_ERROR", 502, "Caraer gave an unexpected answer.");
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code: ErrorCode =
      error.status === 413
        ? "PAYLOAD_TOO_LARGE"
        : error.status === 415
          ? "UNSUPPORTED_MEDIA_TYPE"
          : "INVALID_REQUEST";
    return respondError(c, code, error.status, error.message || "The request is invalid.");
  }
  const log = c.get("services")?.log ?? createLogger(requestOrigin(c));
  log.error("request.unhandled", describeError(error));
  return respondError(c, "INTERNAL_ERROR", 500, "An internal error occurred.");
};

/** Unknown routes answer 404 in the envelope. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  respondError(c, "NOT_FOUND", 404, "No such route.");
