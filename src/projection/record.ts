import type { CaraerRecord } from "../upstream/schemas";
import type { PublicSchema } from "./public-schema";

/** A record as the public API shows it: its UUID, when it last changed, and its public property values. */
export interface PublicRecord {
  uuid: string;
  /**
   * When Caraer last changed the record (ISO 8601), for sitemaps, feeds and
   * caches; absent when Caraer does not say. Record metadata, not a property.
   */
  updatedAt?: string;
  properties: Record<string, unknown>;
}

/**
 * Projects a record onto the public property set. Both of Caraer's shapes are
 * read (a USER_FRIENDLY name → value map or a LEGACY `{ name, value }` array);
 * the answer is always a map holding only public names. Every other field of
 * the record (creation time, morph objects, anything Caraer adds) is dropped;
 * only `updatedAt` is kept, normalised, because `lastmod` and Atom's `updated` need it.
 */
export function projectRecord(record: CaraerRecord, schema: PublicSchema): PublicRecord {
  const updatedAt = toIsoTimestamp(record.updatedAt);
  return {
    uuid: record.uuid,
    ...(updatedAt ? { updatedAt } : {}),
    properties: projectValues(record.properties, schema),
  };
}

/** Projects a property map or LEGACY array onto the public set, as a map. */
export function projectValues(
  values: CaraerRecord["properties"] | null | undefined,
  schema: PublicSchema,
): Record<string, unknown> {
  if (!values) return {};
  const entries: [string, unknown][] = Array.isArray(values)
    ? values.map((entry) => [entry.name, entry.value])
    : Object.entries(values);
  return Object.fromEntries(entries.filter(([name]) => schema.properties.has(name)));
}

/**
 * A timestamp as ISO 8601 UTC, from unix milliseconds or any date text
 * `Date` parses; `null` for anything else, so no arbitrary text passes
 * through a field that is not a property.
 */
export function toIsoTimestamp(value: unknown): string | null {
  if (typeof value !== "number" && typeof value !== "string") return null;
  if (typeof value === "string" && value.trim() === "") return null;
  const date = new Date(typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
