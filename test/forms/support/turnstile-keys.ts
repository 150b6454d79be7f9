/** Cloudflare's documented Turnstile test secret keys (siteverify behaviour per key). */
export const TURNSTILE_TEST_SECRETS = {
  /** Always passes. */
  pass: "1x0000000000000000000000000000000AA",
  /** Always fails (`invalid-input-response`). */
  fail: "2x0000000000000000000000000000000AA",
  /** Yields "token already spent" (`timeout-or-duplicate`). */
  spent: "3x0000000000000000000000000000000AA",
} as const;

/** A secret the stub answers with 503, to test that verification fails closed. */
export const TURNSTILE_UNAVAILABLE_SECRET = "stub-unavailable";

/** The dummy token Cloudflare's test site keys produce. */
export const TURNSTILE_DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";
