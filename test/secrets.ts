// Secret values the edge Worker runs with in tests. Distinctive, so a leak
// test can search any response or log line for them. Kept free of imports:
// vitest.config.ts loads this module in Node.

/** `WEBHOOK_SECRET` in tests. */
export const TEST_WEBHOOK_SECRET = "whsec-test-7f3a9c1e5b2d8046";
