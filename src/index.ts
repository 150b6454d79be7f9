import { createApp } from "./app";
import { handleQueue } from "./delivery/consumer";

export { GenerationCounter } from "./cache/generation-object";
export { DeadLetterStore } from "./delivery/dead-letters";
export { SubmissionLedger } from "./delivery/ledger";
export { RateLimiter } from "./ratelimit/limiter-object";

const app = createApp();

/** The Worker entry point. */
export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<Env>;
