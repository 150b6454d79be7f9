import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { FormDefinition } from "../../forms/definition";
import { ErrorPage, type PageIssue } from "../../forms/html";
import { RESERVED_FIELDS } from "../../forms/reserved";
import type { AppEnv } from "../../http/context";
import { ApiError, MAX_REPORTED_ISSUES } from "../../http/errors";
import type { UpstreamError } from "../../upstream/errors";

// A Map, because the field names it is asked about are the caller's (`constructor`).
const RESERVED_LABELS = new Map<string, string>([
  [RESERVED_FIELDS.loadedAt, "Timing"],
  [RESERVED_FIELDS.relatedRecordUuid, "Position"],
  ["Idempotency-Key", "Form"],
  ["values", "Your answers"],
]);

function labelOf(field: string, definition: FormDefinition | undefined): string {
  const name = field.replace(/\[\d+\]$/, "");
  return (
    definition?.fields.find((candidate) => candidate.name === name)?.label ??
    RESERVED_LABELS.get(name) ??
    name
  );
}

/** The back link of an error page: the form's page, when the browser named one. */
function backUrl(c: Context<AppEnv>): string | null {
  const referer = c.req.header("Referer");
  const parsed = referer ? URL.parse(referer) : null;
  return parsed && (parsed.protocol === "https:" || parsed.protocol === "http:")
    ? parsed.href
    : null;
}

/**
 * `Retry-After` in words, for a person: how long to wait before sending the
 * form again. `undefined` without a usable header.
 */
function retryAdvice(retryAfter: string | undefined): string | undefined {
  const seconds = Number(retryAfter);
  if (!retryAfter || !Number.isSafeInteger(seconds) || seconds < 0) return undefined;
  if (seconds < 60) {
    return `Please wait ${seconds} ${seconds === 1 ? "second" : "seconds"}, then send the form again.`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `Please wait ${minutes} ${minutes === 1 ? "minute" : "minutes"}, then send the form again.`;
}

/**
 * Answers a refused HTML form post with a readable page instead of JSON:
 * same status and message, each field issue under the field's label.
 */
export function htmlErrorPage(
  c: Context<AppEnv>,
  error: ApiError | UpstreamError,
  definition: FormDefinition | undefined,
): Response | Promise<Response> {
  const known = error instanceof ApiError;
  const status = (known ? error.status : error.transient ? 503 : 502) as ContentfulStatusCode;
  const title =
    known && error.code === "VALIDATION_FAILED"
      ? "Please check your answers"
      : "Your form could not be sent";
  const message = known
    ? error.message
    : "The service is temporarily unavailable. Please try again in a minute.";
  const issues: PageIssue[] = (known ? (error.issues ?? []) : [])
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => ({
      label: labelOf(issue.field, definition),
      message: issue.message,
    }));
  if (known) for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  c.header("Cache-Control", "no-store");
  return c.html(
    <ErrorPage
      title={title}
      message={message}
      issues={issues}
      advice={retryAdvice(known ? error.headers["Retry-After"] : undefined)}
      backUrl={backUrl(c)}
    />,
    status,
  );
}
