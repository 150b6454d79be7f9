import * as z from "zod/v4";
import type { Property, PublicForm } from "../upstream/schemas";

/** The settings of a form cell that the edge relies on (docs/caraer-contract.md §4); other keys pass through. */
export const CellSettingsSchema = z
  .looseObject({
    label: z.string().nullish(),
    defaultValue: z.union([z.string(), z.number(), z.boolean()]).nullish(),
    isRequired: z.boolean().nullish(),
    hidden: z.boolean().nullish(),
    placeholder: z.string().nullish(),
    helpText: z.string().nullish(),
    styling: z.string().nullish(),
    rangeMin: z.number().nullish(),
    rangeMax: z.number().nullish(),
  })
  // A settings object Caraer shapes differently must not make the form unusable.
  .catch({});

/** Parsed cell settings. */
export type CellSettings = z.infer<typeof CellSettingsSchema>;

/** One input cell of a form: a cell bound to a property. */
export interface InputCell {
  property: Property;
  settings: CellSettings;
  /** Index of the cell's slide in `form.grids`. */
  step: number;
}

/**
 * Every cell of a form that is bound to a property, in form order, read-only
 * ones included. Nested forms are not descended into: how Caraer submits
 * them is undocumented, so their cells are left as fetched.
 */
export function inputCells(form: PublicForm): InputCell[] {
  return form.grids.flatMap((slide, step) =>
    (slide.grid ?? []).flat().flatMap((cell) =>
      cell.property
        ? [
            {
              property: cell.property,
              settings: CellSettingsSchema.parse(cell.settings ?? {}),
              step,
            },
          ]
        : [],
    ),
  );
}

/** Whether a property never takes a value from a form: Caraer manages it. */
export function isReadOnly(property: Property): boolean {
  return property.immutable || property.type === "linked-property";
}
