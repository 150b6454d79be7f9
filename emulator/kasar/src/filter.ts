import * as z from "zod/v4";
import {
  KASAR_OPERATORS,
  type KasarFilter,
  type KasarFilterGroup,
  type KasarOperator,
} from "../../../src/upstream/kasar/contract";
import { invalid } from "./errors";
import { MAX_FILTER_DEPTH } from "./ours";
import type { FieldDef, FieldType, ObjectDef } from "./schema";
import type { StoredRecord } from "./store";
import { coerceValue, isEmpty } from "./values";

/** One operator. */
export type Operator = KasarOperator;

/** One condition. */
export type Filter = KasarFilter;

/** A FilterGroup. */
export type FilterGroup = KasarFilterGroup;

/**
 * [ours] The operators. They and the FilterGroup's shape are kept in one place,
 * the Kasar client's contract, so the emulator and the edge cannot drift apart.
 */
export const OPERATORS = KASAR_OPERATORS;

const FilterSchema = z.strictObject({
  field: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: z.unknown().optional(),
});

/** The zod schema of a FilterGroup (recursive). */
export const FilterGroupSchema: z.ZodType<FilterGroup> = z.lazy(() =>
  z.strictObject({
    operator: z.enum(["and", "or"]),
    filters: z.array(z.union([FilterSchema, FilterGroupSchema])),
  }),
);

const TEXT: FieldType[] = ["text", "long_text", "email", "url", "phone"];
const ORDERED: FieldType[] = ["number", "date", "datetime"];
const EMPTINESS: Operator[] = ["is_empty", "is_not_empty"];

/** Which operators each field type takes ([ours]). */
function allowed(type: FieldType | "id"): Operator[] {
  if (type === "id") return ["eq", "neq", "in", "nin"];
  if (TEXT.includes(type))
    return ["eq", "neq", "in", "nin", "contains", "starts_with", ...EMPTINESS];
  if (ORDERED.includes(type))
    return ["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte", ...EMPTINESS];
  if (type === "boolean") return ["eq", "neq", ...EMPTINESS];
  if (type === "select") return ["eq", "neq", "in", "nin", ...EMPTINESS];
  if (type === "multi_select") return ["contains", "in", "nin", ...EMPTINESS];
  return EMPTINESS;
}

/** The id pseudo-field: filterable and sortable like a text field. */
const ID_FIELD: FieldDef = {
  name: "id",
  label: "Id",
  type: "text",
  required: false,
  unique: true,
  read_only: true,
  description: null,
};

/** A field of the object, or `id`; else 400 VALIDATION_ERROR. */
export function filterableField(object: ObjectDef, name: string): FieldDef {
  if (name === "id") return ID_FIELD;
  const field = object.fields.find((f) => f.name === name);
  if (!field) throw invalid(`Unknown field '${name}' on object '${object.name}'`);
  return field;
}

/** A stored value of a record, `id` included. */
export function storedValue(record: StoredRecord, name: string): unknown {
  if (name === "id") return record.id;
  if (name === "created_at" || name === "updated_at") return record[name];
  return record.values[name];
}

/** Normalises a scalar for comparison: text case-insensitively ([ours]). */
function norm(field: FieldDef, value: unknown): unknown {
  return TEXT.includes(field.type) && typeof value === "string" ? value.toLowerCase() : value;
}

/** The value of a filter checked against the field's type (multi_select compares single options). */
function operand(field: FieldDef, value: unknown): unknown {
  if (field.name === "id") {
    if (typeof value !== "string") throw invalid("Filter on 'id' needs a string");
    return value;
  }
  if (field.type === "multi_select") return (coerceValue(field, [value]) as string[])[0];
  return coerceValue(field, value);
}

type Predicate = (record: StoredRecord) => boolean;

function compileFilter(object: ObjectDef, filter: Filter): Predicate {
  const field = filterableField(object, filter.field);
  const kind = field === ID_FIELD ? "id" : field.type;
  if (!allowed(kind).includes(filter.operator))
    throw invalid(
      `Operator '${filter.operator}' does not apply to field '${field.name}' (${kind})`,
    );
  const { operator } = filter;
  if (operator === "is_empty") return (r) => isEmpty(storedValue(r, field.name));
  if (operator === "is_not_empty") return (r) => !isEmpty(storedValue(r, field.name));
  if (operator === "in" || operator === "nin") {
    if (!Array.isArray(filter.value) || filter.value.length === 0)
      throw invalid(`Operator '${operator}' on '${field.name}' needs a non-empty array`);
    const set = new Set(filter.value.map((v) => norm(field, operand(field, v))));
    const hit = (r: StoredRecord) => {
      const v = storedValue(r, field.name);
      return Array.isArray(v) ? v.some((x) => set.has(x)) : set.has(norm(field, v));
    };
    // [ours] Negative operators match empty values.
    return operator === "in" ? hit : (r) => !hit(r);
  }
  const target = norm(field, operand(field, filter.value));
  return (r) => {
    const raw = storedValue(r, field.name);
    if (Array.isArray(raw)) return raw.includes(target as string); // multi_select contains
    const v = norm(field, raw);
    switch (operator) {
      case "eq":
        return v === target;
      case "neq":
        return v !== target;
      case "contains":
        return typeof v === "string" && v.includes(target as string);
      case "starts_with":
        return typeof v === "string" && v.startsWith(target as string);
      default: {
        if (isEmpty(v)) return false;
        const [a, b] = [v as number | string, target as number | string];
        if (operator === "gt") return a > b;
        if (operator === "gte") return a >= b;
        if (operator === "lt") return a < b;
        return a <= b;
      }
    }
  };
}

/** Compiles a FilterGroup into a predicate, validating every field, operator and value. */
export function compileGroup(object: ObjectDef, group: FilterGroup, depth = 1): Predicate {
  if (depth > MAX_FILTER_DEPTH) throw invalid(`FilterGroups nest at most ${MAX_FILTER_DEPTH} deep`);
  const parts = group.filters.map((f) =>
    "filters" in f ? compileGroup(object, f, depth + 1) : compileFilter(object, f),
  );
  return group.operator === "and"
    ? (r) => parts.every((p) => p(r))
    : (r) => parts.length === 0 || parts.some((p) => p(r));
}
