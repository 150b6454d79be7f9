import { invalid } from "../errors";
import { MULTI_SEPARATOR } from "../ours";
import type { ObjectDef, StoredRecord, StoredValue } from "../types";
import { type Field, resolveField } from "./fields";

/** One sort item as sent in `sort[]`. */
export interface SortItem {
  object?: string | null;
  relation?: string | null;
  property: string;
  direction?: string | null;
}

type Key = number | string | null;

/** A comparable key: numbers for numeric types, lowercased text otherwise, null for empty. */
function sortKey(field: Field, value: StoredValue | null): Key {
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return null;
  switch (field.type) {
    case "number":
    case "date":
      return Number(value);
    case "checkbox":
      return value === true ? 1 : 0;
    case "range":
      return Number(String(value).split(MULTI_SEPARATOR)[0]);
    default:
      return (Array.isArray(value) ? value.join(MULTI_SEPARATOR) : String(value)).toLowerCase();
  }
}

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/**
 * Builds the comparator for `sort`: keys in order, ASC/DESC each, empty
 * values last whatever the direction, ties broken by uuid so paging is
 * stable. [ours] Without sort items, records come oldest first (createdAt ASC).
 */
export function compileSort(
  main: ObjectDef,
  items: SortItem[] | null | undefined,
): (a: StoredRecord, b: StoredRecord) => number {
  const list = items && items.length > 0 ? items : [{ property: "createdAt", direction: "ASC" }];
  const keys = list.map((item) => {
    const relation = item.relation ?? null;
    if ((item.object != null && item.object !== main.name) || relation !== null) {
      throw invalid(
        "INVALID_VALUE",
        `Sorting on related records (${item.object ?? "*"}.${item.property}) is not supported by the emulator`,
        "Sort on properties of the main object.",
      );
    }
    const direction = (item.direction ?? "ASC").toUpperCase();
    if (direction !== "ASC" && direction !== "DESC") {
      throw invalid(
        "VALIDATION",
        `Sort direction '${item.direction}' is invalid`,
        "Use ASC or DESC.",
      );
    }
    return { field: resolveField(main, item.property, "sort"), sign: direction === "ASC" ? 1 : -1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const ka = sortKey(field, field.read(a));
      const kb = sortKey(field, field.read(b));
      if (ka === null && kb === null) continue;
      if (ka === null) return 1;
      if (kb === null) return -1;
      const c = compareKeys(ka, kb);
      if (c !== 0) return sign * c;
    }
    return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0;
  };
}
