import type { FilterOperator } from "../../config/lists";

/** Most values one filter parameter may OR together. */
export const MAX_VALUES_PER_FILTER = 10;
/** Most filter groups one request may send to Caraer (the OR expansion is multiplicative). */
export const MAX_GROUPS = 64;
/** Deepest record a caller may page to; deep offsets are expensive upstream and only scrapers use them. */
export const MAX_OFFSET = 10_000;
/** Longest accepted search text or filter value. */
export const MAX_TEXT = 200;

/** One caller filter: a public property, an allowed operator, and values OR-ed together. */
export interface CallerFilter {
  property: string;
  /** The operator as the caller (or the list's default) named it; part of the cache key. */
  operator: FilterOperator;
  /** The operator Caraer is sent for it (see `servedAs`). */
  upstream: FilterOperator;
  values: unknown[];
}

/** Longest `cursor` a caller may send back (Kasar lists, docs/kasar-contract.md §4). */
export const MAX_CURSOR = 512;

/** A validated list request. */
export interface ListRequest {
  page: number;
  /** A `meta.nextCursor` sent back (cursor-paged lists only); it stands for a page. */
  cursor: string | null;
  limit: number;
  q: string | null;
  sort: { property: string; direction: "ASC" | "DESC" }[];
  filters: CallerFilter[];
}
