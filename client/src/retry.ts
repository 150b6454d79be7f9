/** How the client retries a refusal that says when to come back. */
export interface RetryPolicy {
  /** Most retries after the first attempt (default 2). */
  retries?: number;
  /**
   * Longest `Retry-After` the client waits for, in seconds (default 10). A
   * longer one is answered at once, so a page never hangs for a minute: show
   * the error and let the visitor try again.
   */
  maxDelaySeconds?: number;
}

/** Statuses whose `Retry-After` the client honours: rate limited, and Caraer or a limiter unavailable. */
const RETRIED_STATUSES = new Set([429, 503]);

/**
 * Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP date),
 * or `undefined` when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener("abort", aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", aborted, { once: true });
  });
}

/**
 * A `fetch` that sends a request again after a 429 or 503 once its
 * `Retry-After` has passed, at most `retries` times. The request is cloned per
 * attempt, so its headers (among them the submission's `Idempotency-Key`) and
 * body are the same each time: a repeated submission is recognised by the edge
 * as the first. Any other answer, or a wait longer than `maxDelaySeconds`, is
 * returned as it is.
 */
export function retryingFetch(
  base: (request: Request) => Promise<Response>,
  policy: RetryPolicy = {},
): (request: Request) => Promise<Response> {
  const retries = policy.retries ?? 2;
  const maxDelaySeconds = policy.maxDelaySeconds ?? 10;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retries;
      const response = await base(last ? request : request.clone());
      if (last || !RETRIED_STATUSES.has(response.status)) return response;
      const seconds = retryAfterSeconds(response.headers.get("Retry-After"));
      if (seconds === undefined || seconds > maxDelaySeconds) return response;
      // Free the connection before waiting: the refusal's body is not needed.
      await response.body?.cancel();
      await wait(seconds * 1000, request.signal);
    }
  };
}
