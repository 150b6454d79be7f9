import * as z from "zod/v4";

/**
 * Decisions this project makes where Kasar's API overview is silent (the
 * "[ours]" items of docs/kasar-contract.md). Each lives here, once, so it can
 * change in one place when Kasar's full reference is known. The Kasar
 * emulator (`emulator/kasar/`) implements the same decisions.
 */

/** Kasar's documented API origin, used when `KASAR_API_BASE` is not set. */
export const DEFAULT_KASAR_API_BASE = "https://kasar.app";

/** Path prefix of every call; `KASAR_API_BASE` is the origin in front of it (documented base URL). */
export const KASAR_API_PREFIX = "/api/v1";

/** Most records one batch call takes (documented). */
export const KASAR_BATCH_MAX = 100;

/** [ours] Largest `limit` of a list or search page. */
export const KASAR_MAX_LIMIT = 100;

/** [ours] Deepest nesting of FilterGroups in a search (the top group is depth 1). */
export const KASAR_MAX_FILTER_DEPTH = 3;

/** [ours] Filter operators, the same in list parameters and in FilterGroups. */
export const KASAR_OPERATORS = [
  "eq",
  "neq",
  "in",
  "nin",
  "contains",
  "starts_with",
  "gt",
  "gte",
  "lt",
  "lte",
  "is_empty",
  "is_not_empty",
] as const;

/** One filter operator. */
export type KasarOperator = (typeof KASAR_OPERATORS)[number];

/** [ours] One condition. `in`/`nin` take an array; `is_empty`/`is_not_empty` no value. */
export interface KasarFilter {
  field: string;
  operator: KasarOperator;
  value?: unknown;
}

/** [ours] The FilterGroup of `POST /records/{object}/search`: nested at most 3 deep. */
export interface KasarFilterGroup {
  operator: "and" | "or";
  filters: (KasarFilter | KasarFilterGroup)[];
}

/** One sort key. */
export interface KasarSort {
  field: string;
  direction: "asc" | "desc";
}

/** What a list page asks for: ANDed conditions, sort keys, page size and the cursor to continue. */
export interface KasarListQuery {
  filters?: KasarFilter[];
  sort?: KasarSort[];
  limit?: number;
  cursor?: string | null;
}

function paramValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(paramValue).join(",");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * [ours] The list endpoint's query: `filter[field][operator]=value` (`in`/`nin`
 * comma-joined, `is_empty` with `true`), `sort=field,-field`, `limit`, `cursor`.
 */
export function listParams(query: KasarListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of query.filters ?? []) {
    const empty = f.operator === "is_empty" || f.operator === "is_not_empty";
    params.append(`filter[${f.field}][${f.operator}]`, empty ? "true" : paramValue(f.value));
  }
  if (query.sort && query.sort.length > 0) {
    params.set(
      "sort",
      query.sort.map((s) => (s.direction === "desc" ? `-${s.field}` : s.field)).join(","),
    );
  }
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.cursor) params.set("cursor", query.cursor);
  return params;
}

/** [ours] The body of `POST /records/{object}/search`. */
export function searchBody(group: KasarFilterGroup, query: Omit<KasarListQuery, "filters"> = {}) {
  return {
    filterGroup: group,
    ...(query.sort && query.sort.length > 0 ? { sort: query.sort } : {}),
    ...(query.limit === undefined ? {} : { limit: query.limit }),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}

/**
 * [ours] The body of `POST /records/{object}/batch/upsert`: the unique field
 * to match on (e.g. `email`) and the records, each carrying that field.
 */
export function upsertBody(uniqueField: string, records: Record<string, unknown>[]) {
  return { uniqueField, records };
}

/**
 * [ours] The value of a file field: the file itself, base64 in `data`, with
 * its name, type and size. Kasar documents no upload API, and a URL would
 * make a CV fetchable by whoever holds it, so the edge sends the bytes.
 * A file field takes a list of these (a form field may carry several files).
 */
export interface KasarFileValue {
  name: string;
  content_type: string;
  size: number;
  data: string;
}

/** [ours] The value of a file field holding these files (see {@link KasarFileValue}). */
export function kasarFileValue(
  files: { name: string; type: string; size: number; bytes: ArrayBuffer }[],
): KasarFileValue[] {
  return files.map((file) => ({
    name: file.name,
    content_type: file.type,
    size: file.size,
    data: base64(new Uint8Array(file.bytes)),
  }));
}

/** Base64 of bytes, in chunks so a large file never spreads into one call's arguments. */
function base64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** [ours] A field as `GET /schema/{object}` describes it. Unknown types stay strings. */
export const KasarFieldSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string().nullish(),
  type: z.string(),
  required: z.boolean().nullish().transform(Boolean),
  unique: z.boolean().nullish().transform(Boolean),
  read_only: z.boolean().nullish().transform(Boolean),
  options: z
    .array(z.looseObject({ value: z.string(), label: z.string().nullish() }))
    .nullish()
    .transform((options) => options ?? []),
  default: z.unknown().optional(),
  description: z.string().nullish(),
});

/** A parsed field description. */
export type KasarField = z.infer<typeof KasarFieldSchema>;

/** [ours] An object as `GET /schema` and `GET /schema/{object}` describe it. */
export const KasarObjectSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string().nullish(),
  fields: z.array(KasarFieldSchema),
  associations: z
    .array(z.string())
    .nullish()
    .transform((a) => a ?? []),
});

/** A parsed object description. */
export type KasarObject = z.infer<typeof KasarObjectSchema>;

/**
 * [ours] Kasar documents no webhooks or change feed, so cached Kasar answers
 * are only as fresh as their `ttl`. A feed, once known, would plug into the
 * same invalidation as Caraer's webhooks.
 */
export const KASAR_CHANGE_FEED = false;
