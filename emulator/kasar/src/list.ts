import { invalid } from "./errors";
import {
  compileGroup,
  type Filter,
  type FilterGroup,
  filterableField,
  OPERATORS,
  type Operator,
  storedValue,
} from "./filter";
import { DEFAULT_LIMIT, DEFAULT_SORT, MAX_LIMIT } from "./ours";
import { present, type RecordOut } from "./records";
import type { FieldDef, ObjectDef } from "./schema";
import type { StoredRecord } from "./store";
import { isEmpty } from "./values";

/** One sort key. */
export interface SortKey {
  field: string;
  direction: "asc" | "desc";
}

/** What a list or search asks for, whatever its syntax. */
export interface ListQuery {
  filter: FilterGroup;
  sort: SortKey[];
  limit: number | undefined;
  cursor: string | undefined;
}

/** Kasar's list envelope. */
export interface ListPage {
  data: RecordOut[];
  total: number;
  nextCursor: string | null;
}

const FILTER_PARAM = /^filter\[([a-z0-9_]+)\](?:\[([a-z_]+)\])?$/;

/** A query-string value as the field's type: numbers and booleans parsed, `in`/`nin` comma-split. */
function typed(field: FieldDef, operator: Operator, raw: string): unknown {
  if (operator === "in" || operator === "nin")
    return raw.split(",").map((v) => typed(field, "eq", v));
  if (field.type === "number") return raw.trim() === "" ? raw : Number(raw);
  if (field.type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

function parseSortParam(value: string): SortKey[] {
  return value
    .split(",")
    .map((part) =>
      part.startsWith("-")
        ? { field: part.slice(1), direction: "desc" }
        : { field: part, direction: "asc" },
    );
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalid("'limit' must be a whole number");
  return Number(value);
}

/**
 * [ours] The list endpoint's parameters: `filter[field]=value` (equals),
 * `filter[field][operator]=value` (any operator; `in`/`nin` comma-separated),
 * `sort=field,-other` (`-` descending), `limit`, `cursor`. Filters are ANDed.
 * Anything else is a 400, so a misspelt parameter never widens a list silently.
 */
export function parseListParams(object: ObjectDef, params: URLSearchParams): ListQuery {
  const filters: Filter[] = [];
  let sort: SortKey[] = [];
  for (const [key, value] of params) {
    const match = FILTER_PARAM.exec(key);
    if (match) {
      const [, name = "", op = "eq"] = match;
      if (!(OPERATORS as readonly string[]).includes(op)) throw invalid(`Unknown operator '${op}'`);
      const operator = op as Operator;
      const field = filterableField(object, name);
      filters.push({ field: name, operator, value: typed(field, operator, value) });
    } else if (key === "sort") sort = parseSortParam(value);
    else if (key !== "limit" && key !== "cursor") throw invalid(`Unknown query parameter '${key}'`);
  }
  return {
    filter: { operator: "and", filters },
    sort,
    limit: parseLimit(params.get("limit") ?? undefined),
    cursor: params.get("cursor") ?? undefined,
  };
}

function compareValues(a: unknown, b: unknown): number {
  const x = typeof a === "string" ? a.toLowerCase() : a;
  const y = typeof b === "string" ? b.toLowerCase() : b;
  if (x === y) return 0;
  return (x as string | number) < (y as string | number) ? -1 : 1;
}

/** Sorts records: [ours] empty values last in both directions; ties by `created_at`, then `id`. */
function sortRecords(object: ObjectDef, records: StoredRecord[], keys: SortKey[]): StoredRecord[] {
  for (const key of keys) {
    const field = filterableField(object, key.field);
    if (field.type === "multi_select" || field.type === "file")
      throw invalid(`Field '${key.field}' cannot be sorted on`);
  }
  const all = [...keys, ...DEFAULT_SORT, { field: "id", direction: "asc" } as const];
  return [...records].sort((ra, rb) => {
    for (const key of all) {
      const a = storedValue(ra, key.field);
      const b = storedValue(rb, key.field);
      if (isEmpty(a) || isEmpty(b)) {
        if (isEmpty(a) && isEmpty(b)) continue;
        return isEmpty(a) ? 1 : -1;
      }
      const order = compareValues(a, b);
      if (order !== 0) return key.direction === "asc" ? order : -order;
    }
    return 0;
  });
}

/** FNV-1a of the query's shape, so a cursor only continues the query it came from. */
function fingerprint(object: ObjectDef, query: ListQuery): string {
  const text = JSON.stringify([object.name, query.filter, query.sort]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

const encodeCursor = (offset: number, print: string) =>
  btoa(JSON.stringify({ o: offset, q: print }))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/**
 * [ours] A cursor is opaque to clients: here the offset of the next page and
 * a fingerprint of the query, so a cursor from another filter or sort is a 400.
 */
function decodeCursor(cursor: string, print: string): number {
  try {
    const parsed = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/"))) as {
      o?: unknown;
      q?: unknown;
    };
    if (Number.isInteger(parsed.o) && (parsed.o as number) > 0 && parsed.q === print)
      return parsed.o as number;
  } catch {
    // Falls through to the 400 below.
  }
  throw invalid("Invalid cursor: pass back the nextCursor of the same query");
}

/** Filters, sorts and pages the records of an object. */
export function runQuery(object: ObjectDef, records: StoredRecord[], query: ListQuery): ListPage {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (limit < 1 || limit > MAX_LIMIT) throw invalid(`'limit' must be between 1 and ${MAX_LIMIT}`);
  const matches = sortRecords(
    object,
    records.filter(compileGroup(object, query.filter)),
    query.sort,
  );
  const print = fingerprint(object, query);
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor, print);
  const end = offset + limit;
  return {
    data: matches.slice(offset, end).map((r) => present(object, r)),
    total: matches.length,
    nextCursor: end < matches.length ? encodeCursor(end, print) : null,
  };
}
