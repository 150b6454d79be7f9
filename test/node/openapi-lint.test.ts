import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

/** Where the document is written for the CLI; `.redocly.lint-ignore.yaml` names this path. */
const DOCUMENT = "dist/openapi.json";

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

/**
 * Runs Redocly CLI (redocly.yaml: the `recommended` rules) over the document
 * the app serves. Offline: telemetry and update checks are off, and the
 * config names no remote ruleset.
 */
function redoclyLint(path: string): LintReport {
  const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
  const run = spawnSync(process.execPath, [cli, "lint", path, "--format", "json"], {
    encoding: "utf8",
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: "off",
      REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
      REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    },
  });
  const json = run.stdout.slice(run.stdout.indexOf("{"));
  if (!json) throw new Error(`redocly lint printed no report: ${run.stderr}`);
  return JSON.parse(json) as LintReport;
}

// Node, not workerd: the CLI is a Node program.
describe("GET /openapi.json: Redocly's recommended rules", () => {
  it("has no error and no warning", async () => {
    const response = await createApp().request("/openapi.json");
    mkdirSync("dist", { recursive: true });
    writeFileSync(DOCUMENT, await response.text());
    const report = redoclyLint(DOCUMENT);
    const problems = report.problems.map(
      (problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 1 });
  });
});
