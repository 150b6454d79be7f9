import * as z from "zod/v4";
import type { PublicForm } from "../upstream/schemas";
import { type InputCell, inputCells, isReadOnly } from "./cells";

/** A selectable option of a field. Disabled options are left out: they cannot be chosen. */
export const FieldOptionSchema = z.object({
  name: z.string(),
  label: z.string(),
  icon: z.string().nullable(),
  color: z.string().nullable(),
});

/** One render-ready input of a form (see docs/forms.md, "Fields"). */
export const FieldSchema = z.object({
  /** The property name: the key of `values` in a submission, the `name` of an HTML input. */
  name: z.string(),
  /** The property UUID, for the options route. */
  propertyUuid: z.string(),
  label: z.string(),
  type: z.string(),
  format: z.string().nullable(),
  /** Must be filled; never true for a hidden field. */
  required: z.boolean(),
  options: z.array(FieldOptionSchema),
  placeholder: z.string().nullable(),
  helpText: z.string().nullable(),
  /** Filled by the edge with `defaultValue`; a submitted value is refused. */
  hidden: z.boolean(),
  defaultValue: z.string().nullable(),
  /** Index of the field's slide in `form.grids`. */
  step: z.number().int().nonnegative(),
  /** Takes several values (multi-select, tag, file). */
  multiple: z.boolean(),
  /** Bounds from the cell's `rangeMin`/`rangeMax` (number and range fields). */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Caraer's display hint for selects: `dropdown`, `grid` or `boxes`. */
  styling: z.string().nullable(),
});

/** A render-ready form input. */
export type Field = z.infer<typeof FieldSchema>;

/** Types whose values are option names, listed inline or by the options route. */
export const SELECTABLE: ReadonlySet<string> = new Set(["single-select", "multi-select", "tag"]);
const MULTIPLE = new Set(["multi-select", "tag", "file"]);

/** The cell's default value as the string Caraer would store, if it has one. */
function defaultValueOf(cell: InputCell): string | null {
  const value = cell.settings.defaultValue;
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

function toField(cell: InputCell): Field {
  const { property, settings } = cell;
  const hidden = settings.hidden === true;
  const required = settings.isRequired === true || property.rules.includes("required");
  return {
    name: property.name,
    propertyUuid: property.uuid,
    label: settings.label || property.label || property.name,
    type: property.type,
    format: property.format,
    required: required && !hidden,
    options: SELECTABLE.has(property.type)
      ? property.options
          .filter((option) => !option.disabled)
          .map((option) => ({
            name: option.name,
            label: option.label ?? option.name,
            icon: option.icon ?? null,
            color: option.color ?? null,
          }))
      : [],
    placeholder: settings.placeholder ?? null,
    helpText: settings.helpText ?? null,
    hidden,
    defaultValue: defaultValueOf(cell),
    step: cell.step,
    multiple: MULTIPLE.has(property.type),
    min: settings.rangeMin ?? null,
    max: settings.rangeMax ?? null,
    styling: settings.styling ?? null,
  };
}

/**
 * The flat, render-ready list of a form's inputs, in form order. Cells of
 * read-only properties (immutable, linked) are not inputs and are left out;
 * a property placed twice is one field (its first cell).
 */
export function formFields(form: PublicForm): Field[] {
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const cell of inputCells(form)) {
    if (isReadOnly(cell.property) || seen.has(cell.property.name)) continue;
    seen.add(cell.property.name);
    fields.push(toField(cell));
  }
  return fields;
}
