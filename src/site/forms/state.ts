import type { Field } from "../../forms/fields";
import type { FieldIssue } from "../../http/errors";
import { MULTI_VALUE_SEPARATOR } from "../../upstream/contract";

/** What a re-rendered form shows again: the visitor's values and what is wrong with them. */
export interface FormState {
  /** Property name → value as posted (string or string[]). */
  values: Record<string, unknown>;
  /** Problems from the edge's validation, one per field. */
  issues: FieldIssue[];
  /** File fields that had files chosen: files are not kept, so the visitor is asked to choose again. */
  droppedFiles: ReadonlySet<string>;
  /** A problem with the whole form (no field), e.g. a failed challenge. */
  message?: string | undefined;
}

/** The posted value of a field as a list of strings (repeated names, `;`-joined lists). */
export function postedList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items
    .flatMap((item) =>
      typeof item === "string" ? item.split(MULTI_VALUE_SEPARATOR) : [String(item)],
    )
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** The posted value of a single-valued field as text; the first of a repeated name. */
export function postedText(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null ? "" : String(first);
}

/**
 * The value a field shows: the posted one when the form is shown again, else
 * the cell's default. A range shows its two ends.
 */
export function shownValue(field: Field, state: FormState | undefined): unknown {
  if (state) return state.values[field.name];
  return field.defaultValue ?? undefined;
}

/** The two ends of a range value (`"min;max"` or two posted inputs). */
export function rangeEnds(value: unknown): [string, string] {
  const parts = Array.isArray(value)
    ? value.map((item) => String(item ?? ""))
    : typeof value === "string"
      ? value.split(MULTI_VALUE_SEPARATOR)
      : [];
  return [parts[0] ?? "", parts[1] ?? ""];
}

/** Whether a checkbox value means ticked (what the edge accepts as true). */
export function isTicked(value: unknown): boolean {
  const text = postedText(value);
  return text === "true" || text === "on";
}
