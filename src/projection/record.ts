import type { CaraerRecord } from "../upstream/schemas";
import type { PublicSchema } from "./public-schema";

/** A record as the public API shows it: its UUID and its public property values. */
export interface PublicRecord {
  uuid: string;
  properties: Record<string, unknown>;
}

/**
 * Projects a record onto the public property set. Both of Caraer's shapes are
 * read (a USER_FRIENDLY name → value map or a LEGACY `{ name, value }` array);
 * the answer is always a map holding only public names. Every other field of
 * the record (timestamps, morph objects, anything Caraer adds) is dropped.
 */
export function projectRecord(record: CaraerRecord, schema: PublicSchema): PublicRecord {
  return { uuid: record.uuid, properties: projectValues(record.properties, schema) };
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
