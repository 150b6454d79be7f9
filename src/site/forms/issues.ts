import type { Field } from "../../forms/fields";
import type { FieldIssue } from "../../http/errors";
import type { MessageKey, Translate } from "../i18n";
import { controlKind } from "./constraints";

const BY_CODE: Readonly<Record<string, MessageKey>> = {
  invalid_email: "issue_invalid_email",
  invalid_url: "issue_invalid_url",
  invalid_phone: "issue_invalid_phone",
  invalid_number: "issue_invalid_number",
  invalid_range: "issue_invalid_range",
  invalid_date: "issue_invalid_date",
  invalid_option: "issue_invalid_option",
  too_long: "issue_too_long",
  invalid_json: "issue_invalid_json",
  unknown_file: "issue_unknown_file",
  too_fast: "issue_too_fast",
  not_found: "issue_not_found",
};

function requiredKey(field: Field): MessageKey {
  switch (controlKind(field)) {
    case "checkbox":
      return "issue_required_tick";
    case "select":
    case "radios":
    case "checkboxes":
    case "select-multiple":
      return "issue_required_choice";
    case "file":
      return "issue_required_file";
    default:
      return "issue_required";
  }
}

function rangeMessage(field: Field, t: Translate): string {
  if (field.min !== null && field.max !== null) {
    return t("issue_out_of_range", { min: field.min, max: field.max });
  }
  return field.min !== null
    ? t("issue_out_of_range_min", { min: field.min })
    : t("issue_out_of_range_max", { max: field.max ?? "" });
}

/**
 * An issue of the edge's validation in the page's language: known codes from
 * the form catalogue, anything else as the edge worded it (English).
 */
export function issueMessage(issue: FieldIssue, field: Field | undefined, t: Translate): string {
  if (issue.code === "required" && field) return t(requiredKey(field), { label: field.label });
  if (issue.code === "out_of_range" && field) return rangeMessage(field, t);
  const key = BY_CODE[issue.code];
  return key ? t(key) : issue.message;
}
