import type { FieldIssue } from "../http/errors";
import { countFindings, type Finding } from "./findings";

const LABEL = { error: "ERROR", warning: "WARNING", info: "INFO" } as const;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The doctor's findings as a report for a terminal: one block per finding
 * (severity, setting, code, message, fix) and a count line.
 */
export function formatReport(findings: readonly Finding[], target: string): string {
  const lines = [`Caraer Edge configuration check against ${target}`, ""];
  for (const finding of findings) {
    lines.push(`${LABEL[finding.severity].padEnd(8)}${finding.where.setting}  (${finding.code})`);
    lines.push(`        ${finding.message}`, `        fix: ${finding.fix}`, "");
  }
  const counts = countFindings(findings);
  lines.push(
    findings.length === 0
      ? "No findings: the configuration matches Caraer."
      : `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info.`,
  );
  return `${lines.join("\n")}\n`;
}

/** A configuration that does not parse, as a report: the settings at fault and why. */
export function formatConfigIssues(issues: readonly FieldIssue[]): string {
  const lines = ["The configuration does not parse (CONFIG_INVALID):", ""];
  for (const issue of issues)
    lines.push(`ERROR   ${issue.field}  (${issue.code})`, `        ${issue.message}`, "");
  lines.push(
    `${plural(issues.length, "error")}: fix these first; nothing was checked against Caraer.`,
  );
  return `${lines.join("\n")}\n`;
}
