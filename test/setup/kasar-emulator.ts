import type { TestProject } from "vitest/node";
import { startLocalWorker } from "./start-worker";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the Kasar emulator started for the `kasar-client` project. */
    kasarEmulatorUrl: string;
  }
}

/**
 * Starts the Kasar emulator as a real HTTP server, so the Kasar client is
 * tested over `fetch` as it would reach Kasar. Called by the root global setup
 * (`local-workers.ts`) for the `kasar-client` project.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await startLocalWorker("emulator/kasar/wrangler.toml");
  project.provide("kasarEmulatorUrl", worker.origin);
  return worker.dispose;
}
