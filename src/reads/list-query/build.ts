import { type CanonicalQuery, canonicalQuery } from "../../cache/keys";
import type { FilterOperator, ListDefinition } from "../../config/lists";
import type { PublicSchema } from "../../projection/public-schema";
import type { RecordsIndexBody } from "../../upstream/client";
import { andAlternatives, type FilterItem } from "../../upstream/filter";
import { publicShow } from "../../upstream/scope";
import { NULL_OPERATORS, SET_OPERATORS } from "../operators";
import type { CallerFilter, ListRequest } from "./types";

/** The list's searchable properties that are public. */
export function searchable(list: ListDefinition, schema: PublicSchema): string[] {
  return list.searchable.filter((name) => schema.properties.get(name)?.type === "string");
}

/**
 * A canonical text of a validated request, for cache keys: equivalent queries
 * are equal. Without its page it names the query a cursor chain belongs to.
 */
export function canonicalListQuery(
  request: ListRequest,
  { page = true }: { page?: boolean } = {},
): CanonicalQuery {
  const params: [string, string][] = [["limit", String(request.limit)]];
  if (page) params.push(["page", String(request.page)]);
  // Search is case-insensitive upstream (`contains_flexibly`), so case does not split the cache.
  if (request.q) params.push(["q", request.q.toLowerCase()]);
  if (request.sort.length > 0) {
    params.push([
      "sort",
      request.sort.map((s) => `${s.direction === "DESC" ? "-" : ""}${s.property}`).join(","),
    ]);
  }
  for (const filter of request.filters) {
    for (const value of filter.values)
      params.push([`filter[${filter.property}][${filter.operator}]`, JSON.stringify(value)]);
  }
  return canonicalQuery(params);
}

/**
 * Builds the `records/index` body: the list's base filter AND the caller's
 * filters AND (when searching) one of the searchable properties containing
 * `q`. `q` never becomes Caraer's `query`, which searches private properties too.
 * `show` asks only for public properties, a second line of defence behind the projection.
 */
export function buildIndexBody(
  list: ListDefinition,
  schema: PublicSchema,
  request: ListRequest,
): RecordsIndexBody {
  let filter = list.filter;
  for (const caller of request.filters) filter = andAlternatives(filter, alternativesOf(caller));
  if (request.q) {
    const q = request.q;
    filter = andAlternatives(
      filter,
      searchable(list, schema).map((property) => [item(property, "contains_flexibly", q)]),
    );
  }
  const sort = request.sort.length > 0 ? request.sort : defaultSort(list);
  return {
    mainObject: list.object,
    page: request.page,
    limit: request.limit,
    filter,
    show: publicShow(list.object, schema),
    sort: sort.map((s) => ({
      object: list.object,
      relation: null,
      property: s.property,
      direction: s.direction,
    })),
  };
}

/** The OR-ed alternatives one caller filter adds to the base filter. */
export function alternativesOf(filter: CallerFilter): FilterItem[][] {
  const { property, upstream, values } = filter;
  if (NULL_OPERATORS.has(upstream)) return [[item(property, upstream, null)]];
  // OR-ed values of a set operator (or of equality sent as one) are one set.
  if (SET_OPERATORS.has(upstream)) return [[item(property, upstream, values)]];
  return values.map((value) => [item(property, upstream, value)]);
}

function item(property: string, operator: FilterOperator, value: unknown): FilterItem {
  return { object: null, relation: null, property, operator, value };
}

function defaultSort(list: ListDefinition): ListRequest["sort"] {
  if (!list.defaultSort) return [];
  const descending = list.defaultSort.startsWith("-");
  return [{ property: list.defaultSort.replace(/^-/, ""), direction: descending ? "DESC" : "ASC" }];
}
