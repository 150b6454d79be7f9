import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { DEMO_API_TOKEN } from "./emulator/src/demo.ts";
import { TEST_WEBHOOK_SECRET } from "./test/secrets.ts";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./emulator/wrangler.toml" } })],
        test: { name: "emulator", include: ["emulator/test/**/*.test.ts"] },
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
                RATE_LIMITS: {
                  submission: { limit: 100_000, period: 60 },
                  upload: { limit: 100_000, period: 60 },
                },
                WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
              },
            },
          })),
        ],
        test: {
          name: "edge",
          include: ["test/**/*.test.ts"],
          globalSetup: ["test/setup/emulator.ts"],
          // One emulator serves the whole run and tests reset it, so edge test files run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
