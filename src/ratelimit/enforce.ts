import type { Context } from "hono";
import type { StrictBudget, StrictRouteClass } from "../config/rate-limits";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { clientAddress } from "../security/client-address";
import { headerSeconds, rateLimitPolicy, rateLimitState } from "./headers";
import type { UnavailableReason } from "./outcome";
import { takeRead } from "./read";
import { ALL_FORMS, strictKey, takeStrict } from "./strict";

/** `Retry-After` of a refusal because a limiter that fails closed is unavailable. */
const UNAVAILABLE_RETRY_AFTER = "5";

/**
 * Counts one request of a strictly limited route class for this client and
 * form. Returns the `RateLimit-Policy` and `RateLimit` headers to send with
 * the answer; throws 429 `RATE_LIMITED` (with the same headers and
 * `Retry-After`) when the budget is spent. When the limiter fails or is late,
 * the class's `failMode` decides: `open` admits without headers, `closed`
 * answers 503 `TEMPORARILY_UNAVAILABLE`.
 */
export function enforceStrictLimit(
  c: Context<AppEnv>,
  routeClass: StrictRouteClass,
  form: string,
): Promise<Record<string, string>> {
  const settings = c.get("services").config.RATE_LIMITS[routeClass];
  return enforceBudget(
    c,
    routeClass,
    strictKey(routeClass, form, clientAddress(c.req.raw)),
    settings,
  );
}

/**
 * Counts one request of a strictly limited route class for this client
 * across every form (`clientLimit`), so a client naming ever new forms gets
 * no new budget. Refuses like {@link enforceStrictLimit}, with headers named
 * `<class>-client`.
 */
export async function enforceClientLimit(
  c: Context<AppEnv>,
  routeClass: StrictRouteClass,
): Promise<void> {
  const settings = c.get("services").config.RATE_LIMITS[routeClass];
  const key = strictKey(routeClass, ALL_FORMS, clientAddress(c.req.raw));
  await enforceBudget(c, `${routeClass}-client`, key, { ...settings, limit: settings.clientLimit });
}

/** Counts one look-up of an uncached form caused by this client (`RATE_LIMITS.formLookup`). */
export async function enforceFormLookupLimit(c: Context<AppEnv>): Promise<void> {
  const settings = c.get("services").config.RATE_LIMITS.formLookup;
  const key = strictKey("formLookup", ALL_FORMS, clientAddress(c.req.raw));
  await enforceBudget(c, "formLookup", key, settings);
}

async function enforceBudget(
  c: Context<AppEnv>,
  name: string,
  key: string,
  settings: StrictBudget,
): Promise<Record<string, string>> {
  if (!settings.enabled) return {};
  const outcome = await takeStrict(c.env.RATE_LIMITER, key, settings);
  if (!outcome.ok) {
    unavailable(c, name, settings.failMode, outcome.reason, outcome.errorName);
    return {};
  }
  const verdict = outcome.value;
  const headers: Record<string, string> = {
    "RateLimit-Policy": rateLimitPolicy(name, settings.limit, settings.period),
    RateLimit: rateLimitState(name, verdict.remaining, headerSeconds(verdict.resetMs)),
  };
  if (verdict.allowed) return headers;
  throw new ApiError("RATE_LIMITED", "Too many requests from this address; try again later.", {
    headers: {
      ...headers,
      "Retry-After": String(Math.max(1, headerSeconds(verdict.retryAfterMs))),
    },
  });
}

/**
 * Counts one read for this client with the native rate-limit binding; throws
 * 429 `RATE_LIMITED` with `Retry-After` (the binding's period) when refused.
 */
export async function enforceReadLimit(c: Context<AppEnv>): Promise<void> {
  const settings = c.get("services").config.RATE_LIMITS.read;
  if (!settings.enabled) return;
  const outcome = await takeRead(c.env.READ_RATE_LIMITER, clientAddress(c.req.raw), settings);
  if (!outcome.ok) {
    unavailable(c, "read", settings.failMode, outcome.reason, outcome.errorName);
    return;
  }
  if (outcome.value) return;
  throw new ApiError("RATE_LIMITED", "Too many requests from this address; try again later.", {
    headers: { "Retry-After": String(settings.period) },
  });
}

// The client address stays out of the log line: it is personal data, and the
// failure is about the limiter, not the client.
function unavailable(
  c: Context<AppEnv>,
  routeClass: string,
  failMode: "open" | "closed",
  reason: UnavailableReason,
  errorName: string | undefined,
): void {
  c.get("services").log.warn("ratelimit.unavailable", { routeClass, reason, errorName, failMode });
  if (failMode === "open") return;
  throw new ApiError("TEMPORARILY_UNAVAILABLE", "Please try again in a few seconds.", {
    headers: { "Retry-After": UNAVAILABLE_RETRY_AFTER },
  });
}
