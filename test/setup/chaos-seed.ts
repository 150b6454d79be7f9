import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Seed of the chaos test's fault pattern: `CHAOS_SEED` when set, else a fresh one per run. */
    chaosSeed: number;
  }
}

/**
 * Picks the chaos test's seed in Node, where the environment is readable:
 * `CHAOS_SEED=1234 npm test` reruns the fault pattern of a failed run.
 */
export default function setup(project: TestProject): void {
  // The project's types are the Workers' (no Node typings), so reach `process` untyped.
  const { env } = (
    globalThis as unknown as { process: { env: Record<string, string | undefined> } }
  ).process;
  const fromEnv = env.CHAOS_SEED?.trim();
  if (fromEnv && !/^\d{1,10}$/.test(fromEnv)) {
    throw new Error(`CHAOS_SEED must be a non-negative integer, got ${JSON.stringify(fromEnv)}`);
  }
  const seed = fromEnv ? Number(fromEnv) % 2 ** 32 : Math.floor(Math.random() * 2 ** 32);
  project.provide("chaosSeed", seed);
}
