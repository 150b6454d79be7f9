import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { KASAR_DEMO_TOKEN } from "./emulator/kasar/src/demo.ts";
import { KASAR_DEMO_FORMS } from "./emulator/kasar/src/edge-forms.ts";
import { KASAR_DEMO_LISTS, KASAR_DEMO_SITE } from "./emulator/kasar/src/edge-settings.ts";
import { DEMO_API_TOKEN } from "./emulator/src/demo.ts";
import { TEST_WEBHOOK_SECRET } from "./test/secrets.ts";

/** The strict write limits, lifted: every request of a suite comes from one client. */
const LIFTED_LIMITS = {
  submission: { limit: 100_000, clientLimit: 100_000, period: 60 },
  upload: { limit: 100_000, clientLimit: 100_000, period: 60 },
  formLookup: { limit: 100_000, period: 60 },
};

/** Short timeouts and backoff, so queued deliveries finish in seconds. */
const DELIVERY_TIMINGS = {
  FORM_INLINE_TIMEOUT_MS: 1_500,
  FORM_DELIVERY_TIMEOUT_MS: 1_500,
  DELIVERY_BACKOFF_BASE_SECONDS: 1,
  DELIVERY_BACKOFF_MAX_SECONDS: 2,
  DELIVERY_MAX_ATTEMPTS: 4,
};

export default defineConfig({
  test: {
    // The local Workers the projects reach over HTTP (emulators, Turnstile stub, the browser
    // suite's edge), started once per run for the projects that have files in it.
    globalSetup: ["test/setup/local-workers.ts"],
    projects: [
      {
        test: {
          name: "node",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          setupFiles: ["test/setup/zod-openapi.ts"],
        },
      },
      // Pure logic beside its code (src/**/*.test.ts): no emulator, no workerd.
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          // The Kasar client's tests need the Kasar emulator: project "kasar-client".
          exclude: ["src/upstream/kasar/**"],
          environment: "node",
          setupFiles: ["test/setup/zod-openapi.ts"],
        },
      },
      {
        // The careers site in Debian's Chromium (playwright-core), against its own edge and
        // emulator started on free ports (test/browser/setup.ts, from the root global setup).
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          // One emulator serves every file, and a file's faults (a refused submit) are global to it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./emulator/wrangler.toml" } })],
        test: { name: "emulator", include: ["emulator/test/**/*.test.ts"] },
      },
      {
        // The Kasar client over real HTTP against the Kasar emulator (root global setup).
        test: {
          name: "kasar-client",
          include: ["src/upstream/kasar/**/*.test.ts"],
          environment: "node",
          // Tests reset the one emulator, so files run one at a time.
          fileParallelism: false,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./emulator/kasar/wrangler.toml" } })],
        test: {
          name: "kasar-emulator",
          include: ["emulator/kasar/test/**/*.test.ts"],
          // The first request compiles the Worker; on a loaded 2-core machine that can pass 10 s.
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                CARAER_API_BASE: inject("emulatorUrl"),
                CARAER_API_TOKEN: DEMO_API_TOKEN,
                // Every request in the suite comes from one client (no CF-Connecting-IP), so the
                // strict limits are lifted here; test/ratelimit sets its own through edgeWith.
                RATE_LIMITS: LIFTED_LIMITS,
                WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
                // Tests empty KV between cases, which an isolate's hot tier would not see within
                // its window; test/reads/hot-tier.test.ts turns it on.
                HOT_CACHE_SECONDS: 0,
                // Forms: a stub siteverify, and short timeouts and backoff so queued
                // deliveries and the chaos test finish in seconds (test/forms).
                TURNSTILE_VERIFY_URL: `${inject("turnstileUrl")}/siteverify`,
                ...DELIVERY_TIMINGS,
              },
            },
          })),
        ],
        test: {
          name: "edge",
          include: ["test/**/*.test.ts"],
          exclude: ["test/node/**", "test/browser/**", "test/kasar/**"],
          // The emulator and the Turnstile stub come from the root global setup.
          globalSetup: ["test/setup/chaos-seed.ts"],
          // Secret hygiene for the whole suite: captures responses and console lines (test/hardening).
          setupFiles: ["test/hardening/hygiene-setup.ts"],
          // One emulator serves the whole run and tests reset it, so edge test files run one at a time.
          fileParallelism: false,
          // Deferred deliveries wait on real queue batches and backoff (seconds by design); on a
          // loaded 2-core machine 5 s is not enough to tell a hang from a slow run.
          testTimeout: 30_000,
        },
      },
      {
        // The real Worker with CRM=kasar against the Kasar emulator (test/kasar): reads, the
        // careers site, forms, uploads and delivery, with the edge project's short delivery timings.
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                CRM: "kasar",
                KASAR_API_BASE: inject("kasarEmulatorUrl"),
                KASAR_API_TOKEN: KASAR_DEMO_TOKEN,
                LISTS: KASAR_DEMO_LISTS,
                SITE: KASAR_DEMO_SITE,
                FORMS: KASAR_DEMO_FORMS,
                RATE_LIMITS: LIFTED_LIMITS,
                HOT_CACHE_SECONDS: 0,
                ...DELIVERY_TIMINGS,
              },
            },
          })),
        ],
        test: {
          name: "edge-kasar",
          include: ["test/kasar/**/*.test.ts"],
          // Its own Kasar emulator (kasar-client resets the root one while this project runs).
          globalSetup: ["test/setup/kasar-emulator.ts", "test/setup/chaos-seed.ts"],
          setupFiles: ["test/hardening/hygiene-setup.ts"],
          // One emulator serves the run and tests reset it.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
