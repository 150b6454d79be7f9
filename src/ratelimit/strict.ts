import type { StrictBudget } from "../config/rate-limits";
import type { LimiterVerdict, RateLimiter } from "./limiter-object";
import { type LimiterOutcome, withDeadline } from "./outcome";

/** The form part of the key of a client's budget across every form (no form UUID looks like it). */
export const ALL_FORMS = "*";

/**
 * The Durable Object key of one budget. Route class and form keep a client's
 * uploads from eating its submissions and one form's traffic from another's.
 */
export function strictKey(budget: string, form: string, client: string): string {
  return `${budget}:${form}:${client}`;
}

/** Asks the key's limiter object to admit one request under `settings`. */
export function takeStrict(
  namespace: DurableObjectNamespace<RateLimiter>,
  key: string,
  settings: StrictBudget,
): Promise<LimiterOutcome<LimiterVerdict>> {
  const policy = { limit: settings.limit, periodMs: settings.period * 1000 };
  return withDeadline(
    async () => namespace.get(namespace.idFromName(key)).take(policy),
    settings.timeoutMs,
  );
}
