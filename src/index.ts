import { createApp } from "./app";

export { RateLimiter } from "./ratelimit/limiter-object";

const app = createApp();

/** The Worker entry point. */
export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
