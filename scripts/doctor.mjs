#!/usr/bin/env node
// `npm run doctor`: checks the Worker's configuration against the live Caraer
// schema and prints a report (docs/doctor.md). It runs the same core as
// GET /v1/admin/config-check (src/doctor/), bundled for Node, on the settings
// `wrangler dev` would use: wrangler.toml's vars (of `--env`) and the dev vars
// file. With `--url`, it asks a deployed Worker's operator route instead.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, parseEnv } from "node:util";
import { build } from "esbuild";
import { ROOT } from "./edge-dev.mjs";

const USAGE = `Usage: npm run doctor -- [--env <name>] [--env-file <path>] [--config <wrangler.toml>] [--url <origin>] [--json]

  --env       a wrangler environment of the config (its vars; .dev.vars.<name> when present)
  --env-file  the dev vars file (default .dev.vars, or .dev.vars.<env>)
  --config    the wrangler configuration (default wrangler.toml)
  --url       check a running Worker through GET /v1/admin/config-check instead
              (the token: ADMIN_TOKEN in the shell's environment or the dev vars file)
  --json      print the findings as JSON

Exits 1 when an error is found, 2 when the check could not run.`;

let options;
try {
  options = parseArgs({
    options: {
      env: { type: "string" },
      "env-file": { type: "string" },
      config: { type: "string", default: join(ROOT, "wrangler.toml") },
      url: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

/** The dev vars file `wrangler dev` would read, or undefined when there is none. */
function devVarsFile() {
  if (options["env-file"]) return options["env-file"];
  const candidates = [...(options.env ? [`.dev.vars.${options.env}`] : []), ".dev.vars"];
  return candidates.map((name) => join(ROOT, name)).find((path) => existsSync(path));
}

const devVarsPath = devVarsFile();
const devVars = devVarsPath ? parseEnv(readFileSync(devVarsPath, "utf8")) : {};
if (!devVarsPath && !options.url) {
  console.error("No .dev.vars found: checking wrangler.toml's vars alone (see .dev.vars.example).");
}

// The core, bundled from src/ for Node: the Worker's own config parsing, upstream client and checks.
const bundlePath = join(tmpdir(), `caraer-doctor-${process.pid}.mjs`);
await build({
  entryPoints: [join(ROOT, "src/doctor/run.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: bundlePath,
  logLevel: "warning",
});
let core;
try {
  core = await import(pathToFileURL(bundlePath).href);
} finally {
  rmSync(bundlePath, { force: true });
}

const result = options.url ? await remote(options.url) : await local();
process.stdout.write(result.report);
process.exit(result.exitCode);

/** Checks the local settings against the Caraer they name. */
async function local() {
  // Loaded only here: wrangler takes seconds to import, and --url and --help need none of it.
  const { unstable_readConfig } = await import("wrangler");
  const config = unstable_readConfig({ config: options.config, env: options.env });
  const run = await core.runDoctor({ ...config.vars, ...devVars });
  return options.json ? { ...run, report: `${JSON.stringify(run.result, null, 2)}\n` } : run;
}

/** Asks a running Worker's operator route and prints its findings the same way. */
async function remote(origin) {
  const token = process.env.ADMIN_TOKEN || devVars.ADMIN_TOKEN;
  if (!token) return { report: "Set ADMIN_TOKEN to the Worker's operator token.\n", exitCode: 2 };
  const url = new URL("/v1/admin/config-check", origin);
  let response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    return { report: `Could not reach ${url.origin}: ${error.message}\n`, exitCode: 2 };
  }
  const body = await response.json().catch(() => null);
  if (response.status === 500 && body?.error?.code === "CONFIG_INVALID") {
    const issues = body.error.issues ?? [];
    const report = options.json
      ? `${JSON.stringify({ issues }, null, 2)}\n`
      : core.formatConfigIssues(issues);
    return { report, exitCode: 1 };
  }
  if (response.status !== 200 || !body?.data) {
    return {
      report: `${url} answered ${response.status} ${body?.error?.code ?? ""}\n`,
      exitCode: 2,
    };
  }
  const { findings } = body.data;
  return {
    report: options.json
      ? `${JSON.stringify({ findings }, null, 2)}\n`
      : core.formatReport(findings, url.origin),
    exitCode: findings.some((finding) => finding.severity === "error") ? 1 : 0,
  };
}
