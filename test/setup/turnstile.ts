import type { TestProject } from "vitest/node";
import { startLocalWorker } from "./start-worker";

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
 * fails, `3x…AA` answers "token already spent". Called by the root global
 * setup (`local-workers.ts`) for the `edge` project.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await startLocalWorker("test/forms/support/siteverify.wrangler.toml");
  project.provide("turnstileUrl", worker.origin);
  return worker.dispose;
}
