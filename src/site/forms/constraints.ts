import type { FileKind } from "../../config/forms";
import type { Field } from "../../forms/fields";
import { fileTypeOf } from "../../forms/uploads/sniff";
import { TEXT_LIMITS } from "../../forms/values";
import { inputType } from "../property-types";

/**
 * How a field is shown: which HTML control, decided by type, format and the
 * cell's `styling` (README, "Forms as HTML").
 */
export type ControlKind =
  | "input"
  | "textarea"
  | "checkbox"
  | "select"
  | "radios"
  | "checkboxes"
  | "select-multiple"
  | "range"
  | "file"
  | "hidden"
  | "unsupported";

/**
 * The HTML constraint attributes of one input. They mirror the edge's own
 * checks in `src/forms/values.ts`, so the browser's first check and the
 * edge's final one agree (test/node/constraints.test.ts holds them to that).
 */
export interface Constraints {
  type?: string;
  required?: boolean;
  min?: string;
  max?: string;
  step?: string;
  maxlength?: number;
  pattern?: string;
  accept?: string;
  multiple?: boolean;
  inputmode?: "decimal" | "numeric" | "email" | "tel" | "url" | "text";
  autocomplete?: string;
}

/**
 * `z.email()`'s pattern, written so it also compiles with the `v` flag that
 * browsers apply to `pattern` (a `-` and parentheses escaped in classes).
 */
export const EMAIL_PATTERN =
  "(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+\\-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}";

/** 6 to 15 digits among `+ ( ) - .` and spaces, as the edge's phone check. */
export const PHONE_PATTERN = "(?=(?:[^0-9]*[0-9]){6,15}[^0-9]*$)\\+?[0-9\\s\\(\\)\\.\\-]+";

/** http(s) only; the browser's `type=url` parser checks the rest, as `URL.parse` does at the edge. */
export const URL_PATTERN = "[Hh][Tt][Tt][Pp][Ss]?:.+";

/** Years the edge's ISO date check accepts (four digits, and `Date.UTC` maps 0–99 to 1900s). */
export const DATE_BOUNDS = { min: "0100-01-01", max: "9999-12-31" } as const;

/** Option lists longer than this render as a `<select multiple>` instead of checkboxes. */
export const LONG_OPTION_LIST = 12;

/** Which control a field renders as. */
export function controlKind(field: Field): ControlKind {
  if (field.hidden) return "hidden";
  const styling = field.styling;
  switch (inputType(field.type)) {
    case null:
      return "unsupported";
    case "string":
      return field.format === "multi-line" ? "textarea" : "input";
    case "structure":
      return "textarea";
    case "number":
    case "date":
      return "input";
    case "checkbox":
      return "checkbox";
    case "single-select":
      return styling === "boxes" || styling === "grid" ? "radios" : "select";
    case "multi-select":
    case "tag":
      return styling === "dropdown" || field.options.length > LONG_OPTION_LIST
        ? "select-multiple"
        : "checkboxes";
    case "range":
      return "range";
    case "file":
      return "file";
  }
}

/** The `accept` list of a file input: MIME types and extensions of the allowed kinds. */
function acceptList(kinds: readonly FileKind[]): string {
  const entries = kinds.flatMap((kind) => {
    const { mime, extension } = fileTypeOf(kind);
    return kind === "jpeg" ? [mime, extension, ".jpeg"] : [mime, extension];
  });
  return [...new Set(entries)].join(",");
}

function stringConstraints(field: Field): Constraints {
  const required = field.required;
  switch (field.format) {
    case "multi-line":
      return { required, maxlength: TEXT_LIMITS.multiLine };
    case "email":
      return {
        type: "email",
        required,
        maxlength: 254,
        pattern: EMAIL_PATTERN,
        autocomplete: "email",
      };
    case "phone":
      return {
        type: "tel",
        required,
        maxlength: TEXT_LIMITS.singleLine,
        pattern: PHONE_PATTERN,
        autocomplete: "tel",
      };
    case "url":
      return { type: "url", required, maxlength: TEXT_LIMITS.singleLine, pattern: URL_PATTERN };
    default:
      return { type: "text", required, maxlength: TEXT_LIMITS.singleLine };
  }
}

function bounds(field: Field): Pick<Constraints, "min" | "max"> {
  return {
    ...(field.min !== null ? { min: String(field.min) } : {}),
    ...(field.max !== null ? { max: String(field.max) } : {}),
  };
}

/**
 * The constraint attributes of a field's input (for a range, of each of its
 * two inputs; for choices, of the control or each box). `allowedTypes` and
 * `maxFiles` come from the form's upload settings.
 */
export function constraintsOf(
  field: Field,
  uploads: { allowedTypes: readonly FileKind[]; maxFiles: number },
): Constraints {
  const required = field.required;
  switch (inputType(field.type)) {
    case null:
      return {};
    case "string":
      return stringConstraints(field);
    case "structure":
      return { required, maxlength: TEXT_LIMITS.structure };
    case "number":
      // `step=any`: the edge takes decimals; without it a browser only allows whole steps from `min`.
      return { type: "number", required, step: "any", inputmode: "decimal", ...bounds(field) };
    case "range":
      return { type: "number", required, step: "any", inputmode: "decimal", ...bounds(field) };
    case "date":
      return { type: "date", required, ...DATE_BOUNDS };
    case "checkbox":
    case "single-select":
      return { required };
    case "multi-select":
    case "tag":
      // A group of checkboxes has no "at least one" attribute; only a multiple select does.
      return controlKind(field) === "select-multiple" ? { required, multiple: true } : {};
    case "file":
      return {
        type: "file",
        required,
        accept: acceptList(uploads.allowedTypes),
        ...(uploads.maxFiles > 1 ? { multiple: true } : {}),
      };
  }
}
