import type { StrictBudget } from "../config/rate-limits";
import type { GcraPolicy } from "./gcra";
import type { Budget, LimiterAnswer, RateLimiter } from "./limiter-object";
import { type LimiterOutcome, withDeadline } from "./outcome";

/** The name of a client's budget across every form, within its limiter object. */
export const ALL_FORMS = "all";

/** The name of one form's budget within a client's limiter object. */
export function formBudget(form: string): string {
  return `form:${form}`;
}

/**
 * The Durable Object name of one client's limiter for one counter (a route
 * class, or `formLookup`). Its budgets live inside it, so one round trip and
 * one storage write decide a request whatever it is counted against, and a
 * new form UUID never creates an object.
 */
export function limiterName(counter: string, client: string): string {
  return `${counter}:${client}`;
}

/** The GCRA policy of a budget's settings. */
export function policyOf(settings: StrictBudget, limit = settings.limit): GcraPolicy {
  return { limit, periodMs: settings.period * 1000 };
}

/** Asks the named limiter object to admit one request under every one of `budgets`. */
export function takeStrict(
  namespace: DurableObjectNamespace<RateLimiter>,
  name: string,
  budgets: Budget[],
  timeoutMs: number,
): Promise<LimiterOutcome<LimiterAnswer>> {
  return withDeadline(
    async () => namespace.get(namespace.idFromName(name)).take(budgets),
    timeoutMs,
  );
}
