import * as z from "zod/v4";

/**
 * Wraps the schema of a structured setting so it may arrive either as a TOML
 * table (an object in `env`) or as a JSON string: dashboard variables,
 * `wrangler secret put` and `wrangler dev --var` can only carry strings.
 */
export function structured<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== "string") return value;
    if (value.trim() === "") return undefined;
    try {
      return JSON.parse(value);
    } catch {
      ctx.issues.push({ code: "custom", message: "is not valid JSON", input: undefined });
      return z.NEVER;
    }
  }, schema);
}

/** Treats an empty string as "not set": dashboards leave cleared variables as "". */
export function optionalString<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

/** A comma-separated list in a single string variable, or an array from a TOML table. */
export function stringList<T extends z.ZodType<string>>(item: T) {
  return z.preprocess((value) => {
    if (typeof value !== "string") return value;
    return value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "");
  }, z.array(item));
}

/** An integer that may arrive as a TOML number or as a string variable. */
export function integer(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

/**
 * Copies a parsed map into an object without a prototype, so looking up a
 * caller-chosen name (`LISTS[name]`) can only ever find a configured entry,
 * never `constructor` or anything else inherited from `Object.prototype`.
 */
export function dictionary<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}
