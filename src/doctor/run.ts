// Modules of the configuration declare OpenAPI metadata with `.openapi()`, which
// `@hono/zod-openapi` adds to zod when first imported: load it first, as the Worker does.
import "@hono/zod-openapi";
import { loadConfig } from "../config/load";
import type { FieldIssue } from "../http/errors";
import { caraerClientFor } from "../services/services";
import { diagnose } from "./diagnose";
import type { Finding } from "./findings";
import { formatConfigIssues, formatReport } from "./report";

/** What `npm run doctor` found, prints and how it exits. */
export interface DoctorRun {
  /** The findings, or the settings at fault when the configuration does not parse. */
  result: { findings: Finding[] } | { issues: FieldIssue[] };
  report: string;
  /** 0: no errors; 1: errors (or a configuration that does not parse). */
  exitCode: 0 | 1;
}

/**
 * Runs the configuration doctor on a Worker `env` (variables and secrets as
 * wrangler would pass them) from Node: parses it like the Worker does, then
 * checks it against the live Caraer it names. Bundled by scripts/doctor.mjs.
 */
export async function runDoctor(env: Record<string, unknown>): Promise<DoctorRun> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    const issues = loaded.error.issues;
    return { result: { issues }, report: formatConfigIssues(issues), exitCode: 1 };
  }
  const { config } = loaded;
  // The checks compare the settings with Caraer's forms and properties; Kasar has neither API.
  if (config.CRM !== "caraer") {
    return {
      result: { findings: [] },
      report:
        "The configuration parses. CRM is kasar: the doctor checks Caraer deployments only.\n",
      exitCode: 0,
    };
  }
  const findings = await diagnose(config, caraerClientFor(config));
  return {
    result: { findings },
    report: formatReport(findings, config.CARAER_API_BASE),
    exitCode: findings.some((finding) => finding.severity === "error") ? 1 : 0,
  };
}

export { formatConfigIssues, formatReport } from "./report";
