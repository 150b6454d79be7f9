import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the Caraer emulator started for this test run, e.g. `http://127.0.0.1:41234`. */
    emulatorUrl: string;
  }
}

/**
 * Starts the Caraer emulator as a real HTTP server for the whole run, so the
 * edge Worker reaches it over `fetch(CARAER_API_BASE)` exactly as it would reach
 * production Caraer.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await unstable_startWorker({
    config: "emulator/wrangler.toml",
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "warn",
    },
  });
  const url = await worker.url;
  project.provide("emulatorUrl", url.origin);
  return async () => worker.dispose();
}
