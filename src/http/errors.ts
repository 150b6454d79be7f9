import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";

/**
 * Every machine-readable error code the public API can answer with, and the
 * HTTP status it travels with. Clients switch on `code`, never on `message`,
 * so codes are part of the public contract and only ever get added.
 */
export const ERROR_STATUS = {
  INVALID_REQUEST: 400,
  UNAUTHORIZED: 401,
  ORIGIN_NOT_ALLOWED: 403,
  CHALLENGE_FAILED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  CONFIG_INVALID: 500,
  UPSTREAM_ERROR: 502,
  UPSTREAM_UNAVAILABLE: 503,
  TEMPORARILY_UNAVAILABLE: 503,
} as const;

/** A machine-readable error code of the public API. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A problem with one input field: a query parameter, a form value, a setting. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `filter.city` or `LISTS.vacancies.pageSize`. */
  field: string;
  /** Stable code of the problem, e.g. `required` or `not_filterable`. */
  code: string;
  /** Human-readable explanation. Never echoes a secret or a non-public value. */
  message: string;
}

/**
 * Most issues an error answer lists. A body of a thousand unknown fields
 * would otherwise be answered with a thousand issues; the rest are counted
 * in `issueCount`.
 */
export const MAX_REPORTED_ISSUES = 50;

/** The one error envelope every failing response carries. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    requestId: string;
    issues?: FieldIssue[];
    /** How many issues were found, present only when more than `issues` lists. */
    issueCount?: number;
  };
}

/** Options for {@link ApiError}. */
export interface ApiErrorOptions {
  issues?: FieldIssue[];
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * An error that is meant to reach the client as it is. Anything else thrown
 * inside a handler is treated as a bug and answered with `INTERNAL_ERROR`
 * without details.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: (typeof ERROR_STATUS)[ErrorCode];
  readonly issues: FieldIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

/** Builds the error envelope body. */
export function errorEnvelope(
  code: ErrorCode,
  message: string,
  requestId: string,
  issues?: FieldIssue[],
): ErrorEnvelope {
  const listed = issues?.slice(0, MAX_REPORTED_ISSUES) ?? [];
  return {
    error: {
      code,
      message,
      requestId,
      ...(listed.length ? { issues: listed } : {}),
      ...(issues && issues.length > listed.length ? { issueCount: issues.length } : {}),
    },
  };
}

/** OpenAPI schema of {@link ErrorEnvelope}, shared by every route's error responses. */
export const ErrorEnvelopeSchema =
  OPENAPI_METADATA &&
  z
    .object({
      error: z.object({
        code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
        message: z.string(),
        requestId: z.string(),
        issues: z
          .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
          .optional(),
        issueCount: z
          .number()
          .int()
          .optional()
          .openapi(
            OPENAPI_METADATA && {
              description: `How many issues were found, when more than the ${MAX_REPORTED_ISSUES} listed.`,
            },
          ),
      }),
    })
    .openapi("Error");
