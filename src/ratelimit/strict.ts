import type { StrictLimit, StrictRouteClass } from "../config/rate-limits";
import type { LimiterVerdict, RateLimiter } from "./limiter-object";
import { type LimiterOutcome, withDeadline } from "./outcome";

/**
 * The Durable Object key of one budget. Route class and form keep a client's
 * uploads from eating its submissions and one form's traffic from another's.
 */
export function strictKey(routeClass: StrictRouteClass, form: string, client: string): string {
  return `${routeClass}:${form}:${client}`;
}

/** Asks the key's limiter object to admit one request under `settings`. */
export function takeStrict(
  namespace: DurableObjectNamespace<RateLimiter>,
  key: string,
  settings: StrictLimit,
): Promise<LimiterOutcome<LimiterVerdict>> {
  const policy = { limit: settings.limit, periodMs: settings.period * 1000 };
  return withDeadline(
    async () => namespace.get(namespace.idFromName(key)).take(policy),
    settings.timeoutMs,
  );
}
