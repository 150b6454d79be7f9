import type { RateLimits } from "../config/rate-limits";
import { type LimiterOutcome, withDeadline } from "./outcome";

/**
 * Asks Cloudflare's rate-limit binding whether a read by `client` is within
 * its budget. The binding counts in the local data centre without a round trip
 * to a Durable Object, which is what cheap, cacheable reads can afford; it is
 * approximate across locations, which reads can live with.
 */
export function takeRead(
  binding: RateLimit,
  client: string,
  settings: RateLimits["read"],
): Promise<LimiterOutcome<boolean>> {
  return withDeadline(
    async () => (await binding.limit({ key: `read:${client}` })).success,
    settings.timeoutMs,
  );
}
