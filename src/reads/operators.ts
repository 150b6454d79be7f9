import type { FilterOperator } from "../config/lists";

// Numbers and dates compare the same way.
const ORDERED: readonly FilterOperator[] = [
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

/** Operators Caraer accepts per property type (docs/caraer-contract.md §3); formats share their type's list. */
export const OPERATORS_BY_TYPE: Readonly<Record<string, readonly FilterOperator[]>> = {
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
  number: ORDERED,
  date: ORDERED,
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

/** Operators whose value is a set of names, sent as one array rather than OR-ed groups. */
export const SET_OPERATORS: ReadonlySet<FilterOperator> = new Set([
  "any",
  "all_flexibly",
  "all_exactly",
]);

/** Operators that take no value. */
export const NULL_OPERATORS: ReadonlySet<FilterOperator> = new Set(["is_null", "is_not_null"]);

/** Whether Caraer accepts an operator on a property type. */
export function operatorAllowed(type: string, operator: FilterOperator): boolean {
  return OPERATORS_BY_TYPE[type]?.includes(operator) ?? false;
}

/**
 * The operator Caraer is sent for a configured operator on a property type, or
 * `undefined` when the edge cannot serve it there. Caraer's own operators pass
 * as they are; equality on a single-select is sent as `any` of the one value,
 * which means the same and is what Caraer accepts on that type.
 */
export function servedAs(type: string, operator: FilterOperator): FilterOperator | undefined {
  if (operatorAllowed(type, operator)) return operator;
  if (type === "single-select" && operator === "equals_exactly") return "any";
  return undefined;
}
