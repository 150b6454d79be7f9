import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { ERROR_STATUS, type ErrorCode, ErrorEnvelopeSchema } from "./errors";

/**
 * What a client should understand from each code, when a route has nothing
 * more specific to say; also the message of the code's example (the real
 * messages say the same for the case at hand).
 */
const MEANING: Record<ErrorCode, string> = OPENAPI_METADATA && {
  INVALID_REQUEST: "Malformed parameters or body, with one issue per field.",
  UNAUTHORIZED: "Missing or wrong bearer token.",
  ORIGIN_NOT_ALLOWED: "A browser `Origin` that is not in `ALLOWED_ORIGINS`.",
  CHALLENGE_FAILED: "The spam check (Turnstile, honeypot timing) failed.",
  NOT_FOUND: "No such resource, or one outside what this edge serves.",
  METHOD_NOT_ALLOWED: "The route does not take this method; `Allow` lists those it takes.",
  PAYLOAD_TOO_LARGE: "The body or a file is over its limit.",
  UNSUPPORTED_MEDIA_TYPE: "A `Content-Type` or file type the route does not take.",
  VALIDATION_FAILED: "Invalid values, one issue per field.",
  IDEMPOTENCY_KEY_REUSED: "The `Idempotency-Key` was used before with other values.",
  RATE_LIMITED: "Too many requests from this client; wait `Retry-After` seconds.",
  INTERNAL_ERROR: "A bug in the edge; the request id finds it in the logs.",
  CONFIG_INVALID: "The edge's configuration is invalid; the issues name the settings.",
  UPSTREAM_ERROR: "Caraer answered unexpectedly.",
  UPSTREAM_UNAVAILABLE: "Caraer (or the queue) is unavailable; try again after `Retry-After`.",
  TEMPORARILY_UNAVAILABLE: "The rate limiter is unavailable; try again after `Retry-After`.",
};

/** Issues shown in the examples of the codes that carry them. */
const EXAMPLE_ISSUES: Partial<Record<ErrorCode, { field: string; code: string; message: string }>> =
  OPENAPI_METADATA && {
    INVALID_REQUEST: {
      field: "filter.bogus",
      code: "not_filterable",
      message: "bogus is not a filterable property of this list",
    },
    VALIDATION_FAILED: { field: "email", code: "required", message: "This field is required." },
    CONFIG_INVALID: { field: "LISTS.vacancies.pageSize", code: "too_big", message: "At most 100." },
  };

/** Codes every route can answer: a bug, or a configuration that does not load. */
const ALWAYS =
  OPENAPI_METADATA &&
  ({
    INTERNAL_ERROR: MEANING.INTERNAL_ERROR,
    CONFIG_INVALID: MEANING.CONFIG_INVALID,
  } as const);

type AlwaysCode = keyof typeof ALWAYS;

/** The codes a route answers, each with what it means on that route (`""` for the default meaning). */
export type RouteErrors<C extends ErrorCode> = { readonly [K in C]: string };

/** An OpenAPI response entry for the error codes that share one status. */
export interface ErrorResponseConfig {
  description: string;
  content: Record<string, { schema: z.ZodType; examples?: Record<string, object> }>;
}

/** The error responses of a route, keyed by status. */
export type ErrorResponses<C extends ErrorCode> = {
  [K in C | AlwaysCode as (typeof ERROR_STATUS)[K]]: ErrorResponseConfig;
};

/** How a route answers its errors: the JSON envelope, or (site pages) an HTML page. */
export type ErrorMedia = "json" | "html";

const htmlSchema = OPENAPI_METADATA && z.string();

/**
 * The one way a route declares its error answers in the OpenAPI document:
 * name each code it can answer (with what the code means on this route, or
 * `""` for the default meaning). Codes sharing a status share one response,
 * whose description lists them and whose examples show each in the one
 * envelope (`ErrorEnvelopeSchema`). `INTERNAL_ERROR` and `CONFIG_INVALID`
 * are added to every route, because every route can answer them.
 *
 * @example
 * responses: {
 *   200: { ... },
 *   ...errorResponses({ NOT_FOUND: "Unknown list.", RATE_LIMITED: "" }),
 * }
 *
 * A function expression behind `OPENAPI_METADATA`, so that the Worker build
 * drops its body and the tables it reads, not only its calls (src/openapi-metadata.ts).
 */
export const errorResponses =
  OPENAPI_METADATA &&
  (<const C extends ErrorCode>(
    codes: RouteErrors<C>,
    media: ErrorMedia = "json",
  ): ErrorResponses<C> => {
    const all: Record<string, string> = { ...ALWAYS, ...codes };
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of Object.keys(all) as ErrorCode[]) {
      const status = ERROR_STATUS[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    const responses: Record<number, ErrorResponseConfig> = {};
    for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
      const meaning = (code: ErrorCode) => all[code] || MEANING[code];
      const description = group.map((code) => `\`${code}\`: ${meaning(code)}`).join(" ");
      responses[status] =
        media === "html"
          ? {
              description: `${description} Answered as the site's HTML error page with this status.`,
              content: { "text/html": { schema: htmlSchema } },
            }
          : {
              description,
              content: {
                "application/json": {
                  schema: ErrorEnvelopeSchema,
                  examples: Object.fromEntries(
                    group.map((code) => [code, { summary: meaning(code), value: example(code) }]),
                  ),
                },
              },
            };
    }
    return responses as ErrorResponses<C>;

    function example(code: ErrorCode): object {
      const issue = EXAMPLE_ISSUES[code];
      return {
        error: {
          code,
          message: MEANING[code],
          requestId: "3f6c2a9e-1b4d-4e7f-8a2c-5d9e0f1a2b3c",
          ...(issue ? { issues: [issue] } : {}),
        },
      };
    }
  });
