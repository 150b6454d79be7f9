import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_TOKEN } from "../../emulator/src/demo";
import { type LocalWorker, startLocalWorker } from "../setup/start-worker";
import { runDoctorScript } from "./doctor-script.mjs";
import { writeTemporaryFile } from "./temp-files.mjs";

const ADMIN_TOKEN = "local-admin-token-for-the-doctor";
const WEBHOOK_SECRET = "local-webhook-secret-for-the-doctor";

let emulator: LocalWorker;

beforeAll(async () => {
  emulator = await startLocalWorker("emulator/wrangler.toml");
}, 60_000);
afterAll(() => emulator?.dispose());

/** A dev vars file pointing the demo configuration at the emulator, with `extra` lines. */
function devVars(extra: string): string {
  return writeTemporaryFile(
    ".dev.vars",
    `CARAER_API_BASE=${emulator.origin}\nCARAER_API_TOKEN=${DEMO_API_TOKEN}\n${extra}`,
  );
}

// Runs in Node: the script as an operator runs it, on wrangler.toml and a dev vars file.
describe("npm run doctor", () => {
  it("reports the demo configuration clean and exits 0", async () => {
    const run = await runDoctorScript([
      "--env-file",
      devVars(`ADMIN_TOKEN=${ADMIN_TOKEN}\nWEBHOOK_SECRET=${WEBHOOK_SECRET}\n`),
    ]);
    expect(run).toEqual({
      code: 0,
      stdout: `Caraer Edge configuration check against ${emulator.origin}\n\nNo findings: the configuration matches Caraer.\n`,
      stderr: "",
    });
  }, 60_000);

  it("prints each mistake with its place and fix, and exits 1 on errors", async () => {
    const lists = JSON.stringify({
      vacancies: { object: "vacancy", filterable: { hiring_budget: ["range"], locaton: ["any"] } },
    });
    const run = await runDoctorScript(["--env-file", devVars(`LISTS='${lists}'\n`)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `Caraer Edge configuration check against ${emulator.origin}`,
        "",
        "ERROR   LISTS.vacancies.filterable.hiring_budget  (property_not_public)",
        '        "hiring_budget" is not public (webpagePublic off or nonPublic on), so the edge never uses it in LISTS.vacancies.filterable.hiring_budget.',
        '        fix: Flag "hiring_budget" webpagePublic in Caraer if its values may be published; otherwise remove it from LISTS.vacancies.filterable.',
        "",
        "ERROR   LISTS.vacancies.filterable.locaton  (property_not_found)",
        '        "locaton" is not a property of the vacancy object.',
        `        fix: Did you mean "location"? Use a property of the object's properties index in Caraer, or remove "locaton" from LISTS.vacancies.filterable.`,
        "",
        "WARNING ADMIN_TOKEN  (admin_token_missing)",
        "        ADMIN_TOKEN is not set: dead-lettered submissions cannot be listed or replayed, and this check cannot run as GET /v1/admin/config-check.",
        "        fix: Set it with `wrangler secret put ADMIN_TOKEN` (at least 16 characters).",
        "",
        "WARNING WEBHOOK_SECRET  (webhook_secret_missing)",
        "        WEBHOOK_SECRET is not set: Caraer's webhooks are refused (401), so a changed or removed record stays visible until its cache entry expires.",
        "        fix: Set it with `wrangler secret put WEBHOOK_SECRET` (at least 16 characters) and give Caraer's webhook subscriptions the same secret (docs/kv-keys.md).",
        "",
        "2 errors, 2 warnings, 0 info.",
        "",
      ].join("\n"),
    );
  }, 60_000);

  it("names the settings of a configuration that does not parse, and exits 1", async () => {
    const run = await runDoctorScript(["--env-file", devVars("UPSTREAM_TIMEOUT_MS=5\n")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "The configuration does not parse (CONFIG_INVALID):",
        "",
        "ERROR   UPSTREAM_TIMEOUT_MS  (too_small)",
        "        Too small: expected number to be >=100",
        "",
        "1 error: fix these first; nothing was checked against Caraer.",
        "",
      ].join("\n"),
    );
  }, 60_000);

  it("with --url, prints a running Worker's findings from its operator route", async () => {
    const edge = await startLocalWorker("wrangler.toml", {
      CARAER_API_BASE: { type: "plain_text", value: emulator.origin },
      CARAER_API_TOKEN: { type: "secret_text", value: DEMO_API_TOKEN },
      ADMIN_TOKEN: { type: "secret_text", value: ADMIN_TOKEN },
    });
    try {
      const { origin } = edge;
      const run = await runDoctorScript(["--url", origin], { ADMIN_TOKEN });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        [
          `Caraer Edge configuration check against ${origin}`,
          "",
          "WARNING WEBHOOK_SECRET  (webhook_secret_missing)",
          "        WEBHOOK_SECRET is not set: Caraer's webhooks are refused (401), so a changed or removed record stays visible until its cache entry expires.",
          "        fix: Set it with `wrangler secret put WEBHOOK_SECRET` (at least 16 characters) and give Caraer's webhook subscriptions the same secret (docs/kv-keys.md).",
          "",
          "0 errors, 1 warning, 0 info.",
          "",
        ].join("\n"),
      );
      const refused = await runDoctorScript(["--url", origin], {
        ADMIN_TOKEN: "a-wrong-operator-token",
      });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe(`${origin}/v1/admin/config-check answered 401 UNAUTHORIZED\n`);
    } finally {
      await edge.dispose();
    }
  }, 90_000);
});
