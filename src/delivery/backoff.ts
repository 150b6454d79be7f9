/** Cloudflare Queues' largest delivery delay, in seconds. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

/**
 * Seconds to wait before queued try `attempt` (1-based) is repeated:
 * exponential from `base`, capped at `max`, with "equal jitter" (half fixed,
 * half random) so submissions that failed together do not all come back
 * together, and never sooner than Caraer's `Retry-After`.
 */
export function backoffSeconds(
  attempt: number,
  settings: { base: number; max: number },
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(settings.max, settings.base * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.ceil(exponential / 2 + (random() * exponential) / 2);
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(jittered, retryAfterSeconds ?? 0));
}
