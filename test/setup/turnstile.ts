import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the stub Turnstile siteverify server, e.g. `http://127.0.0.1:41235`. */
    turnstileUrl: string;
  }
}

/**
 * Starts a stub of Cloudflare's Turnstile siteverify endpoint as a real HTTP
 * server for the whole run (a tiny Worker, like the emulator), implementing
 * the documented test secret keys: `1x…AA` always passes, `2x…AA` always
 * fails, `3x…AA` answers "token already spent".
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await unstable_startWorker({
    config: "test/forms/support/siteverify.wrangler.toml",
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "warn",
    },
  });
  const url = await worker.url;
  project.provide("turnstileUrl", url.origin);
  return async () => worker.dispose();
}
