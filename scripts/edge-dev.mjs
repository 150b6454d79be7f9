// How `npm start` runs the edge Worker locally. Shared with test/node/dev-secrets.test.ts,
// so the test starts the edge exactly as `npm start` does.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The secrets the Worker reads besides `CARAER_API_TOKEN` (the one in
 * wrangler.toml's `[secrets] required`). Wrangler can only declare required
 * secrets, and once `[secrets]` exists `wrangler dev` loads nothing else from
 * .dev.vars; these would be ignored locally. They are optional in production
 * (each switches a feature on), so they cannot be listed as required.
 */
export const OPTIONAL_SECRETS = [
  "WEBHOOK_SECRET",
  "ADMIN_TOKEN",
  "TURNSTILE_SECRET",
  // Needed only with CRM=kasar (README, "Running against Kasar").
  "KASAR_API_TOKEN",
];

/**
 * `unstable_startWorker` input for the edge: wrangler.toml, the dev vars file
 * (required secrets and variables), and the optional secrets found in that
 * file as secret bindings. `bindings` adds or replaces bindings (the Kasar demo).
 */
export function edgeWorkerInput({ devVars, port, inspectorPort, watch, bindings: extra = {} }) {
  const values = parseEnv(readFileSync(devVars, "utf8"));
  const bindings = {
    ...Object.fromEntries(
      OPTIONAL_SECRETS.filter((name) => values[name]).map((name) => [
        name,
        { type: "secret_text", value: values[name] },
      ]),
    ),
    ...extra,
  };
  return {
    config: join(ROOT, "wrangler.toml"),
    envFiles: [devVars],
    bindings,
    dev: {
      server: { hostname: "127.0.0.1", port },
      inspector: inspectorPort === undefined ? false : { port: inspectorPort },
      watch,
      logLevel: "warn",
    },
  };
}
