import { invalid } from "../errors";
import type { PropertyType, StoredValue } from "../types";
import { toBoolean, toBounds, toList, toMillis, toNumber } from "../values/coerce";
import { isEmpty } from "../values/empty";

/** Every filter operator Caraer documents (docs/caraer-contract.md §3). */
export const OPERATORS = [
  "equals_exactly",
  "equals_flexibly",
  "not_equals_exactly",
  "not_equals_flexibly",
  "bigger_than",
  "smaller_than",
  "bigger_than_or_equal_to",
  "smaller_than_or_equal_to",
  "contains_exactly",
  "contains_flexibly",
  "not_contains_exactly",
  "not_contains_flexibly",
  "starts_with_exactly",
  "starts_with_flexibly",
  "ends_with_exactly",
  "ends_with_flexibly",
  "is_null",
  "is_not_null",
  "any",
  "all_flexibly",
  "all_exactly",
  "distance_between",
  "range",
] as const;

/** A filter operator name. */
export type Operator = (typeof OPERATORS)[number];

/** A property type a filter can target; linked properties filter as the type they link to. */
export type FilterType = Exclude<PropertyType, "linked-property">;

const NUMERIC: Operator[] = [
  "is_null",
  "is_not_null",
  "equals_exactly",
  "not_equals_exactly",
  "bigger_than",
  "smaller_than",
  "bigger_than_or_equal_to",
  "smaller_than_or_equal_to",
  "range",
];

/**
 * Seed 003's table "Which operators are usable per property type/format",
 * verbatim. Operators missing from every row (the other `_exactly` /
 * `_flexibly` variants, distance_between) are therefore refused everywhere.
 */
export const ALLOWED_OPERATORS: Record<FilterType, readonly Operator[]> = {
  string: [
    "is_null",
    "is_not_null",
    "equals_exactly",
    "not_equals_exactly",
    "contains_flexibly",
    "not_contains_flexibly",
    "starts_with_flexibly",
    "ends_with_flexibly",
  ],
  number: NUMERIC,
  date: NUMERIC,
  checkbox: ["is_null", "is_not_null", "equals_exactly", "not_equals_exactly"],
  "single-select": ["any", "is_null", "is_not_null"],
  "multi-select": ["any", "all_flexibly", "all_exactly", "is_null", "is_not_null"],
  tag: [
    "is_null",
    "is_not_null",
    "equals_exactly",
    "not_equals_exactly",
    "any",
    "all_flexibly",
    "all_exactly",
  ],
  range: ["range"],
  structure: ["contains_flexibly", "is_null", "is_not_null"],
  file: ["is_null", "is_not_null"],
};

/** Tests one stored value. */
export type Matcher = (value: StoredValue | null) => boolean;

const isOperator = (op: string): op is Operator => (OPERATORS as readonly string[]).includes(op);

function badValue(op: string, subject: string, expected: string): never {
  throw invalid(
    "INVALID_VALUE",
    `Filter on ${subject}: operator ${op} needs ${expected}`,
    `Send ${expected} as the filter value.`,
  );
}

/** Whether two lists hold the same names (as sets). */
function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

const lower = (list: string[]) => list.map((s) => s.toLowerCase());

function asList(value: StoredValue | null): string[] {
  if (value === null) return [];
  return Array.isArray(value) ? value : [String(value)];
}

function needList(op: Operator, value: unknown, subject: string): string[] {
  const list = toList(value);
  if (!list || list.length === 0)
    badValue(op, subject, "a non-empty list (array or ';'-joined names)");
  return list;
}

/** Matchers for string-like values (string, structure, file, uuid, linked strings). */
function textMatcher(op: Operator, value: unknown, subject: string): Matcher {
  if (typeof value !== "string" && typeof value !== "number") badValue(op, subject, "a string");
  const exact = String(value);
  const flex = exact.toLowerCase();
  const text = (v: StoredValue | null) => (v === null ? null : asList(v).join(";"));
  const test =
    (pred: (s: string) => boolean, negate = false): Matcher =>
    (v) => {
      const s = text(v);
      if (s === null) return negate;
      return negate ? !pred(s) : pred(s);
    };
  switch (op) {
    case "equals_exactly":
      return test((s) => s === exact);
    case "not_equals_exactly":
      return test((s) => s === exact, true);
    case "equals_flexibly":
      return test((s) => s.toLowerCase() === flex);
    case "not_equals_flexibly":
      return test((s) => s.toLowerCase() === flex, true);
    case "contains_exactly":
      return test((s) => s.includes(exact));
    case "not_contains_exactly":
      return test((s) => s.includes(exact), true);
    case "contains_flexibly":
      return test((s) => s.toLowerCase().includes(flex));
    case "not_contains_flexibly":
      return test((s) => s.toLowerCase().includes(flex), true);
    case "starts_with_exactly":
      return test((s) => s.startsWith(exact));
    case "starts_with_flexibly":
      return test((s) => s.toLowerCase().startsWith(flex));
    case "ends_with_exactly":
      return test((s) => s.endsWith(exact));
    case "ends_with_flexibly":
      return test((s) => s.toLowerCase().endsWith(flex));
    default:
      return badValue(op, subject, "a supported operator");
  }
}

/** Matchers for numbers and dates (dates as unix ms; filter values may be ISO or ms). */
function numericMatcher(op: Operator, value: unknown, subject: string, isDate: boolean): Matcher {
  const parse = isDate ? toMillis : toNumber;
  const expected = isDate ? "a date (ISO or unix ms)" : "a number";
  if (op === "range") {
    const bounds = toBounds(value, parse, true);
    if (!bounds) badValue(op, subject, `"min;max" or [min, max] of ${expected}s`);
    const [min, max] = bounds;
    return (v) =>
      v !== null && (min === null || Number(v) >= min) && (max === null || Number(v) <= max);
  }
  const n = parse(value);
  if (n === undefined) badValue(op, subject, expected);
  const cmp =
    (pred: (v: number) => boolean): Matcher =>
    (v) =>
      v !== null && pred(Number(v));
  switch (op) {
    case "equals_exactly":
      return cmp((v) => v === n);
    case "not_equals_exactly":
      return (v) => v === null || Number(v) !== n;
    case "bigger_than":
      return cmp((v) => v > n);
    case "smaller_than":
      return cmp((v) => v < n);
    case "bigger_than_or_equal_to":
      return cmp((v) => v >= n);
    case "smaller_than_or_equal_to":
      return cmp((v) => v <= n);
    default:
      return badValue(op, subject, "a supported operator");
  }
}

/** Matchers for select, multi-select and tag values (lists of option names). */
function listMatcher(op: Operator, value: unknown, subject: string): Matcher {
  const wanted = needList(op, value, subject);
  switch (op) {
    case "any":
      return (v) => asList(v).some((name) => wanted.includes(name));
    case "all_flexibly":
      return (v) => {
        const have = lower(asList(v));
        return lower(wanted).every((name) => have.includes(name));
      };
    // [ours] On a multi-valued field, "exact equality" is set equality.
    case "all_exactly":
    case "equals_exactly":
      return (v) => sameSet(asList(v), wanted);
    case "not_equals_exactly":
      return (v) => !sameSet(asList(v), wanted);
    default:
      return badValue(op, subject, "a supported operator");
  }
}

/**
 * Compiles one condition for a value of `type`. Refuses operators the type
 * does not accept (400 INVALID_VALUE) and malformed values (400 INVALID_VALUE).
 */
export function compileCondition(
  type: FilterType,
  operator: string,
  value: unknown,
  subject: string,
): Matcher {
  if (!isOperator(operator)) {
    throw invalid(
      "INVALID_VALUE",
      `Unknown filter operator '${operator}'`,
      `Use one of: ${OPERATORS.join(", ")}.`,
    );
  }
  if (operator === "distance_between") {
    throw invalid(
      "INVALID_VALUE",
      "Operator distance_between is not supported by the emulator",
      "Filter on another operator.",
    );
  }
  const allowed = ALLOWED_OPERATORS[type];
  if (!allowed.includes(operator)) {
    throw invalid(
      "INVALID_VALUE",
      `Operator ${operator} is not allowed on ${subject} (type ${type})`,
      `Use one of: ${allowed.join(", ")}.`,
    );
  }
  if (operator === "is_null") return (v) => isEmpty(v);
  if (operator === "is_not_null") return (v) => !isEmpty(v);
  switch (type) {
    case "number":
      return numericMatcher(operator, value, subject, false);
    case "date":
      return numericMatcher(operator, value, subject, true);
    case "checkbox": {
      const b = toBoolean(value);
      if (b === undefined) badValue(operator, subject, "true or false");
      return operator === "equals_exactly" ? (v) => v === b : (v) => v !== b;
    }
    case "range": {
      const bounds = toBounds(value, toNumber, true);
      if (!bounds) badValue(operator, subject, '"min;max" or [min, max]');
      const [min, max] = bounds;
      // A range property matches when its range overlaps the filter range.
      return (v) => {
        const stored = v === null ? undefined : toBounds(v, toNumber, false);
        if (!stored) return false;
        const [lo, hi] = stored as [number, number];
        return (max === null || lo <= max) && (min === null || hi >= min);
      };
    }
    case "single-select":
    case "multi-select":
    case "tag":
      return listMatcher(operator, value, subject);
    default:
      return textMatcher(operator, value, subject);
  }
}
