/** How much a finding matters: `error` means a configured feature does not work. */
export type Severity = "error" | "warning" | "info";

/**
 * Every finding code of the configuration doctor. Each is explained, with
 * its fix, in docs/doctor.md; codes are stable, messages may change.
 */
export const FINDING_CODES = [
  "caraer_unreachable",
  "object_not_found",
  "list_filter_rejected",
  "property_not_found",
  "property_not_public",
  "property_type_unsuitable",
  "operator_unservable",
  "preview_not_found",
  "preview_unchecked",
  "form_not_found",
  "form_wildcard",
  "relation_list_unknown",
  "relation_not_found",
  "uploads_max_files_low",
  "site_home_needs_subdomain",
  "webhook_secret_missing",
  "admin_token_missing",
  "turnstile_site_key_missing",
  "turnstile_secret_missing",
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Where a finding is: the setting's dotted path, and the list, form or property it concerns. */
export interface FindingPlace {
  /** Dotted path of the setting at fault, e.g. `LISTS.vacancies.filterable.hiring_budget`. */
  setting: string;
  list?: string;
  form?: string;
  property?: string;
}

/** One thing the doctor found about the configuration. */
export interface Finding {
  severity: Severity;
  code: FindingCode;
  where: FindingPlace;
  /** What is wrong, naming only configured names (never a value of a record). */
  message: string;
  /** What to change. */
  fix: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in report order: errors first, then by setting, so two runs print alike. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.where.setting < b.where.setting ? -1 : a.where.setting > b.where.setting ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** How many findings of each severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
