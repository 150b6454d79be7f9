import type { Context } from "hono";
import type { StrictBudget, StrictRouteClass } from "../config/rate-limits";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { clientAddress } from "../security/client-address";
import { headerSeconds, rateLimitPolicy, rateLimitState } from "./headers";
import type { Budget } from "./limiter-object";
import type { UnavailableReason } from "./outcome";
import { takeRead } from "./read";
import { ALL_FORMS, formBudget, limiterName, policyOf, takeStrict } from "./strict";

/** `Retry-After` of a refusal because a limiter that fails closed is unavailable. */
const UNAVAILABLE_RETRY_AFTER = "5";

/**
 * Counts one request of a strictly limited route class for this client: against
 * the form's budget (`limit`) and the client's budget across every form
 * (`clientLimit`, so a client naming ever new forms gets no new budget), in one
 * round trip to the client's limiter object. The request is admitted only if
 * both have room, and counted against neither otherwise. Returns the form
 * budget's `RateLimit-Policy` and `RateLimit` headers; throws 429
 * `RATE_LIMITED` (with the refusing budget's headers, named `<class>` or
 * `<class>-client`, and `Retry-After`) when a budget is spent. When the
 * limiter fails or is late, the class's `failMode` decides: `open` admits
 * without headers, `closed` answers 503 `TEMPORARILY_UNAVAILABLE`.
 */
export function enforceFormLimits(
  c: Context<AppEnv>,
  routeClass: StrictRouteClass,
  form: string,
): Promise<Record<string, string>> {
  const settings = c.get("services").config.RATE_LIMITS[routeClass];
  return enforceBudgets(c, routeClass, settings, [
    { header: routeClass, name: formBudget(form), policy: policyOf(settings) },
    {
      header: `${routeClass}-client`,
      name: ALL_FORMS,
      policy: policyOf(settings, settings.clientLimit),
    },
  ]);
}

/** Counts one look-up of an uncached form caused by this client (`RATE_LIMITS.formLookup`). */
export async function enforceFormLookupLimit(c: Context<AppEnv>): Promise<void> {
  const settings = c.get("services").config.RATE_LIMITS.formLookup;
  await enforceBudgets(c, "formLookup", settings, [
    { header: "formLookup", name: ALL_FORMS, policy: policyOf(settings) },
  ]);
}

/** A budget with the name its RateLimit headers carry. */
interface NamedBudget extends Budget {
  header: string;
}

async function enforceBudgets(
  c: Context<AppEnv>,
  counter: string,
  settings: StrictBudget,
  budgets: NamedBudget[],
): Promise<Record<string, string>> {
  if (!settings.enabled) return {};
  const outcome = await takeStrict(
    c.env.RATE_LIMITER,
    limiterName(counter, clientAddress(c.req.raw)),
    budgets.map(({ name, policy }) => ({ name, policy })),
    settings.timeoutMs,
  );
  if (!outcome.ok) {
    unavailable(c, counter, settings.failMode, outcome.reason, outcome.errorName);
    return {};
  }
  const { allowed, verdicts } = outcome.value;
  // Admitted: the first budget's headers. Refused: those of the first budget that refused.
  const index = allowed ? 0 : verdicts.findIndex((verdict) => !verdict.allowed);
  const budget = budgets[index];
  const verdict = verdicts[index];
  if (!budget || !verdict) throw new Error("The limiter answered for other budgets than asked.");
  const headers: Record<string, string> = {
    "RateLimit-Policy": rateLimitPolicy(budget.header, budget.policy.limit, settings.period),
    RateLimit: rateLimitState(budget.header, verdict.remaining, headerSeconds(verdict.resetMs)),
  };
  if (allowed) return headers;
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
