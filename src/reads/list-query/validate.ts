import type { FilterOperator, ListDefinition } from "../../config/lists";
import { ApiError, type FieldIssue } from "../../http/errors";
import type { PublicProperty, PublicSchema } from "../../projection/public-schema";
import { NULL_OPERATORS, servedAs } from "../operators";
import { alternativesOf, searchable } from "./build";
import { all, first, type ListQueryInput } from "./input";
import {
  type CallerFilter,
  type ListRequest,
  MAX_CURSOR,
  MAX_GROUPS,
  MAX_OFFSET,
  MAX_TEXT,
  MAX_VALUES_PER_FILTER,
} from "./types";

/** What else a list's query may hold. */
export interface ListQueryOptions {
  /** The list pages by cursor (Kasar): `cursor` is a parameter. */
  cursors?: boolean;
}

// Cursors are opaque; this admits URL-safe text of a bounded length, never more.
const CURSOR = new RegExp(`^[A-Za-z0-9._~+/=:-]{1,${MAX_CURSOR}}$`);
const FILTER_PARAM = /^filter\[([^\]]+)\](?:\[([^\]]+)\])?$/;
// `_` is the cache-busting parameter of jQuery and many WordPress themes.
const IGNORED_PARAMS = new Set(["_"]);

/**
 * Validates the query of `GET /v1/lists/{list}`. Filters, sorts
 * and search are accepted only on the list's configured properties that are
 * also public: ordering or membership by a private property would reveal its
 * value. Unknown and private properties get the same answer, so the response
 * does not reveal which private properties exist. All problems are reported
 * together.
 */
export function validateListQuery(
  input: ListQueryInput,
  list: ListDefinition,
  schema: PublicSchema,
  { cursors = false }: ListQueryOptions = {},
): ListRequest {
  const issues: FieldIssue[] = [];
  const issue = (field: string, code: string, message: string) =>
    issues.push({ field, code, message });

  const page = parseInteger(first(input, "page"), 1);
  if (page === null || page < 1) issue("page", "invalid", "page must be a positive integer");
  const limit = parseInteger(first(input, "limit"), list.pageSize);
  if (limit === null || limit < 1 || limit > list.maxPageSize) {
    issue("limit", "invalid", `limit must be an integer from 1 to ${list.maxPageSize}`);
  }
  if (page && limit && (page - 1) * limit >= MAX_OFFSET) {
    issue("page", "too_deep", `paging stops at ${MAX_OFFSET} records; narrow the query instead`);
  }

  const cursor = cursors ? first(input, "cursor") : null;
  if (cursor !== null) {
    if (!CURSOR.test(cursor))
      issue(
        "cursor",
        "invalid",
        `cursor must be a meta.nextCursor (at most ${MAX_CURSOR} characters)`,
      );
    if (first(input, "page") !== null) issue("cursor", "invalid", "send either page or cursor");
  }

  const rawQ = first(input, "q")?.trim() ?? "";
  const q = rawQ === "" ? null : rawQ;
  if (q && q.length > MAX_TEXT) issue("q", "too_long", `q must be at most ${MAX_TEXT} characters`);
  if (q && searchable(list, schema).length === 0)
    issue("q", "not_searchable", "this list cannot be searched");

  const sort = parseSort(all(input, "sort"), list, schema, issue);
  const filters = parseFilters(input, list, schema, issue);

  for (const name of new Set(input.map(([name]) => name))) {
    if (
      !["page", "limit", "q", "sort"].includes(name) &&
      !(cursors && name === "cursor") &&
      !FILTER_PARAM.test(name) &&
      !IGNORED_PARAMS.has(name)
    ) {
      issue(name, "unknown_parameter", "is not a parameter of this route");
    }
  }
  if (
    issues.length === 0 &&
    groupCount(list, filters, q ? searchable(list, schema).length : 1) > MAX_GROUPS
  ) {
    issue("filter", "too_complex", "too many OR-ed values; narrow the query");
  }
  if (issues.length > 0)
    throw new ApiError("INVALID_REQUEST", "The list query is invalid.", { issues });
  return { page: page ?? 1, cursor, limit: limit ?? list.pageSize, q, sort, filters };
}

function groupCount(
  list: ListDefinition,
  filters: CallerFilter[],
  searchAlternatives: number,
): number {
  let count = Math.max(1, list.filter.groups.length) * searchAlternatives;
  for (const filter of filters) count *= alternativesOf(filter).length;
  return count;
}

function parseInteger(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === "") return fallback;
  return /^\d{1,6}$/.test(raw) ? Number(raw) : null;
}

type Report = (field: string, code: string, message: string) => void;

function parseSort(
  raw: string[],
  list: ListDefinition,
  schema: PublicSchema,
  issue: Report,
): ListRequest["sort"] {
  const keys = raw
    .flatMap((value) => value.split(","))
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.length > 3) issue("sort", "too_many", "sort by at most 3 properties");
  return keys.slice(0, 3).flatMap((key) => {
    const property = key.replace(/^-/, "");
    if (!list.sortable.includes(property) || !schema.properties.has(property)) {
      issue(
        "sort",
        "not_sortable",
        `${truncate(property)} is not a sortable property of this list`,
      );
      return [];
    }
    return [{ property, direction: key.startsWith("-") ? ("DESC" as const) : ("ASC" as const) }];
  });
}

function parseFilters(
  input: ListQueryInput,
  list: ListDefinition,
  schema: PublicSchema,
  issue: Report,
): CallerFilter[] {
  const byKey = new Map<string, CallerFilter>();
  for (const [name, rawValue] of input) {
    const match = FILTER_PARAM.exec(name);
    if (!match) continue;
    const property = match[1] ?? "";
    const field = `filter.${truncate(property)}`;
    const definition = schema.properties.get(property);
    // Only operators the edge can serve on the property's type; the others are
    // configuration mistakes (reported by `operatorMistakes`), never offered.
    const allowed = Object.hasOwn(list.filterable, property)
      ? (list.filterable[property] ?? []).filter((op) => servedAs(definition?.type ?? "", op))
      : [];
    if (allowed.length === 0 || !definition) {
      issue(
        field,
        "not_filterable",
        `${truncate(property)} is not a filterable property of this list`,
      );
      continue;
    }
    const operator = (match[2] ?? allowed[0]) as FilterOperator;
    const upstream = allowed.includes(operator) ? servedAs(definition.type, operator) : undefined;
    if (!upstream) {
      issue(
        field,
        "operator_not_allowed",
        `operator ${truncate(operator)} is not allowed on ${property}; allowed: ${allowed.join(", ")}`,
      );
      continue;
    }
    const value = NULL_OPERATORS.has(operator) ? null : parseValue(definition, operator, rawValue);
    if (value === undefined) {
      issue(
        field,
        "invalid_value",
        `not a valid value for ${property} (${definition.type}) with ${operator}`,
      );
      continue;
    }
    const key = `${property}\u0000${operator}`;
    const filter = byKey.get(key) ?? { property, operator, upstream, values: [] };
    if (
      !NULL_OPERATORS.has(operator) &&
      !filter.values.some((v) => JSON.stringify(v) === JSON.stringify(value))
    ) {
      filter.values.push(value);
    }
    if (filter.values.length > MAX_VALUES_PER_FILTER) {
      issue(field, "too_many_values", `at most ${MAX_VALUES_PER_FILTER} values per filter`);
      filter.values.length = MAX_VALUES_PER_FILTER;
    }
    byKey.set(key, filter);
  }
  return [...byKey.values()]
    .map((filter) => ({ ...filter, values: [...filter.values].sort(compareJson) }))
    .sort((a, b) => compareJson(`${a.property} ${a.operator}`, `${b.property} ${b.operator}`));
}

/** Parses one filter value for a property type; `undefined` when it is not valid. */
function parseValue(property: PublicProperty, operator: FilterOperator, raw: string): unknown {
  const text = raw.trim();
  if (text === "" || text.length > MAX_TEXT) return undefined;
  if (operator === "range") {
    const parts = text.split(";");
    if (parts.length !== 2) return undefined;
    const bounds = parts.map((part) =>
      property.type === "date" ? parseDate(part) : parseNumber(part),
    );
    return bounds.some((bound) => bound === undefined) ? undefined : bounds.join(";");
  }
  switch (property.type) {
    case "number":
      return parseNumber(text);
    case "date":
      return parseDate(text);
    case "checkbox":
      return text === "true" ? true : text === "false" ? false : undefined;
    case "single-select":
    case "multi-select":
      return property.options.some((option) => option.name === text) ? text : undefined;
    default:
      return text;
  }
}

function parseNumber(text: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function parseDate(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d{1,15}$/.test(trimmed)) return Number(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(trimmed)) return undefined;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : ms;
}

function compareJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// Caller-chosen names are echoed in issues; keep them short.
function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
