import type { CacheState } from "../cache/entry";
import type { ListDefinition } from "../config/lists";
import type { PublicSchema } from "../projection/public-schema";
import type { PublicRecord } from "../projection/record";
import { readListPage } from "../reads/lists";
import { loadPublicSchema } from "../reads/public-schema";
import type { ReadContext } from "../services/read-context";

/** One page of a list as the site renders it, straight from the JSON read's cache entry. */
export interface ListView {
  schema: PublicSchema;
  records: PublicRecord[];
  meta: { page: number; limit: number; total: number; lastPage: number };
  cache: CacheState;
}

/**
 * Reads a page of a list through the JSON route's cached reader (same
 * validation, scope, projection and cache entry), so a page shows exactly what
 * `GET /v1/lists/{list}` answers for the same query string.
 */
export async function loadListView(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  params: URLSearchParams,
): Promise<ListView> {
  const cached = await readListPage(ctx, name, list, params);
  const body = JSON.parse(cached.body) as { data: PublicRecord[]; meta: ListView["meta"] };
  // The schema was just loaded by the reader, so this is an isolate-memory hit.
  const schema = await loadPublicSchema(ctx, list);
  return { schema, records: body.data, meta: body.meta, cache: cached.state };
}

/**
 * The query of a plain GET form as the JSON API expects it: a form sends
 * every control, so empty ones ("any", an empty search box) are dropped
 * rather than refused as invalid values. Everything else passes unchanged and
 * is validated by the list's query parser.
 */
export function formQuery(url: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new URL(url).searchParams) {
    if (value.trim() !== "") params.append(name, value);
  }
  return params;
}

/** The same query with `page` replaced (or removed for page 1), for pager links. */
export function withPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  if (page > 1) next.set("page", String(page));
  const text = next.toString();
  return text ? `?${text}` : "";
}

/** Whether a query narrows or reorders the list (search results are not for search engines). */
export function isSearch(params: URLSearchParams): boolean {
  return [...params.keys()].some(
    (key) => key === "q" || key === "sort" || key.startsWith("filter["),
  );
}

/** The record's value of the site list's slug property, when it has one. */
export function slugOf(record: PublicRecord, property: string | undefined): string | null {
  if (!property) return null;
  const value = record.properties[property];
  return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(value)
    ? value
    : null;
}

/** Path of a record's page on the site: by its slug, else by its UUID. */
export function vacancyPath(name: string, record: PublicRecord, slugProperty?: string): string {
  return `/jobs/${name}/${slugOf(record, slugProperty) ?? record.uuid}`;
}
