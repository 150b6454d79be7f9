import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";
import { DEMO_API_TOKEN } from "../../emulator/src/demo";
import { startLocalWorker } from "../setup/start-worker";

/** The origin the embed tests serve their host page from (a real loopback server). */
export const EMBED_HOST_ORIGIN = "http://localhost:3917";

/** The origins the examples' tests serve them from (test/browser/examples.test.ts). */
export const EXAMPLE_ORIGINS = {
  plainHtml: "http://localhost:3918",
  react: "http://localhost:3919",
  serverInclude: "http://localhost:3920",
} as const;

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the edge Worker serving the careers site for the browser suite. */
    siteUrl: string;
    /** Origin of the Caraer emulator behind it. */
    browserEmulatorUrl: string;
  }
}

/**
 * Starts `npm start`'s setup on free loopback ports: the Caraer emulator, and
 * the edge Worker (with its static assets) pointed at it with the demo token.
 * Called by the root global setup (`test/setup/local-workers.ts`); the browser
 * suite's own pair, as the edge project resets and faults its emulator meanwhile.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const emulator = await startLocalWorker("emulator/wrangler.toml");
  const edge = await unstable_startWorker({
    config: "wrangler.toml",
    // `.dev.vars` is a developer's file; the suite brings its own settings.
    envFiles: [],
    bindings: {
      CARAER_API_BASE: { type: "plain_text", value: emulator.origin },
      CARAER_API_TOKEN: { type: "secret_text", value: DEMO_API_TOKEN },
      // The embed tests' host site on a second origin (test/browser/forms.test.ts), and the examples'.
      ALLOWED_ORIGINS: {
        type: "plain_text",
        value: [
          "http://localhost:8787",
          "http://localhost:3000",
          EMBED_HOST_ORIGIN,
          ...Object.values(EXAMPLE_ORIGINS),
        ].join(","),
      },
      // One local client sends every application of the suite, more than a visitor's budget;
      // still low enough that the 429 test spends a made-up client's budget in a few dozen posts.
      // The strict limiter is patient: on a loaded machine its 1 s default could time out and
      // admit (fail open), and the 429 test would see a 201 (test/browser/forms.test.ts).
      RATE_LIMITS: {
        type: "json",
        value: {
          submission: { limit: 40, clientLimit: 80, timeoutMs: 10_000 },
          upload: { limit: 100, clientLimit: 200, timeoutMs: 10_000 },
        },
      },
    },
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "warn",
    },
  });
  project.provide("siteUrl", (await edge.url).origin);
  project.provide("browserEmulatorUrl", emulator.origin);
  return async () => {
    await edge.dispose();
    await emulator.dispose();
  };
}
