import type { TestProject } from "vitest/node";
import { startLocalWorker } from "./start-worker";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the Caraer emulator started for this test run, e.g. `http://127.0.0.1:41234`. */
    emulatorUrl: string;
  }
}

/**
 * Starts the Caraer emulator as a real HTTP server for the whole run, so the
 * edge Worker reaches it over `fetch(CARAER_API_BASE)` exactly as it would reach
 * production Caraer. Called by the root global setup (`local-workers.ts`) for
 * the `edge` project.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await startLocalWorker("emulator/wrangler.toml");
  project.provide("emulatorUrl", worker.origin);
  return worker.dispose;
}
