import type { Preview } from "../upstream/schemas";
import { isPublicProperty, type PublicSchema } from "./public-schema";

/** Cell fields that carry layout or the bound value; anything else in a cell is dropped. */
const CELL_FIELDS = ["text", "value", "buttonText", "buttonUrl", "settings"] as const;

/** Preview fields that describe the template itself; anything else is dropped until known to be safe. */
const PREVIEW_FIELDS = ["uuid", "name", "recordUuid", "url", "styling", "settings"] as const;

/**
 * Projects a preview: cells bound to a property survive only when that
 * property is public (per the object's properties index and per the cell's own
 * flags, so a cell whose property lacks `webpagePublic: true` is dropped); text and button cells stay; rows left empty disappear. The bound
 * property's definition is replaced by its public description.
 */
export function projectPreview(preview: Preview, schema: PublicSchema): Record<string, unknown> {
  const projected: Record<string, unknown> = pick(preview, PREVIEW_FIELDS);
  projected.grid = (preview.grid ?? [])
    .map((row) =>
      row.flatMap((cell) => {
        const out = pick(cell, CELL_FIELDS);
        if (!cell.property) {
          // An unbound cell has no value of its own to show; a stray `value` could be anything.
          delete out.value;
          return [out];
        }
        const definition = schema.properties.get(cell.property.name);
        // Both must agree: the cached index, and the flags Caraer sent with this very cell
        // (fresher, if a property was made private since the index was cached).
        if (!definition || !isPublicProperty(cell.property)) return [];
        return [{ property: definition, ...out }];
      }),
    )
    .filter((row) => row.length > 0);
  return projected;
}

function pick(source: object, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (source as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
