/**
 * The `RateLimit-Policy` and `RateLimit` fields of
 * draft-ietf-httpapi-ratelimit-headers: Structured Field lists of one item
 * each, named by the route class, e.g. `"submission";q=10;w=600` and
 * `"submission";r=9;t=60`.
 */

/** The quota policy of a route class: `q` requests per `w` seconds. */
export function rateLimitPolicy(name: string, limit: number, periodSeconds: number): string {
  return `"${name}";q=${limit};w=${periodSeconds}`;
}

/**
 * The client's current state under that policy: `r` requests remaining and
 * `t` seconds until the quota is whole again.
 */
export function rateLimitState(name: string, remaining: number, resetSeconds: number): string {
  return `"${name}";r=${remaining};t=${resetSeconds}`;
}

/** Whole seconds for a header, rounded up so a client waiting that long is never early. */
export function headerSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
