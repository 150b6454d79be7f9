import type { Webpage } from "../upstream/schemas";
import type { PublicSchema } from "./public-schema";
import { projectValues } from "./record";

/** Webpage fields passed through; anything else Caraer adds is dropped until known to be safe. */
const PAGE_FIELDS = [
  "uuid",
  "title",
  "excerpt",
  "slug",
  "image",
  "object",
  "metaData",
  "isPublished",
  "liveUrl",
] as const;

/**
 * Component settings that hold a record query rather than presentation. They
 * may name non-public properties (a base filter on an internal status), and a
 * website renders embedded lists through this Worker's list routes anyway.
 */
const QUERY_SETTINGS = new Set(["filter", "sort", "show", "query"]);

/** The object name a webpage is backed by, whether Caraer sends a name or an object. */
export function webpageObject(page: Webpage | Record<string, unknown>): string | null {
  const object = (page as Record<string, unknown>).object;
  if (typeof object === "string") return object;
  if (
    object &&
    typeof object === "object" &&
    typeof (object as { name?: unknown }).name === "string"
  ) {
    return (object as { name: string }).name;
  }
  return null;
}

/**
 * Projects a public webpage. Caraer is meant to send only `webpagePublic`
 * values on public pages; this projects `record.properties` and
 * `record.parsedProperties` again anyway. Without a known object (and so
 * without a public set) the record's values are dropped entirely.
 */
export function projectWebpage(
  page: Webpage,
  schema: PublicSchema | null,
): Record<string, unknown> {
  const projected: Record<string, unknown> = {};
  for (const field of PAGE_FIELDS) {
    const value = (page as Record<string, unknown>)[field];
    if (value !== undefined) projected[field] = value;
  }
  projected.content = stripQueries((page as Record<string, unknown>).content);
  if (page.record) {
    projected.record = {
      uuid: page.record.uuid ?? null,
      properties: schema ? projectValues(page.record.properties, schema) : {},
      parsedProperties: schema ? projectValues(page.record.parsedProperties, schema) : {},
    };
  } else {
    projected.record = null;
  }
  return projected;
}

function stripQueries(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripQueries);
  if (!node || typeof node !== "object") return node ?? null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "settings" && value && typeof value === "object" && !Array.isArray(value)) {
      out.settings = Object.fromEntries(
        Object.entries(value)
          .filter(([name]) => !QUERY_SETTINGS.has(name))
          .map(([name, inner]) => [name, stripQueries(inner)]),
      );
    } else {
      out[key] = stripQueries(value);
    }
  }
  return out;
}
