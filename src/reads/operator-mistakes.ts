import type { FilterOperator, ListDefinition } from "../config/lists";
import type { Logger } from "../observability/log";
import type { PublicSchema } from "../projection/public-schema";
import { servedAs } from "./operators";

/** A configured filter operator the edge cannot serve on its property's type. */
export interface OperatorMistake {
  list: string;
  property: string;
  operator: FilterOperator;
  /** The property's Caraer type, e.g. `single-select`. */
  type: string;
  message: string;
}

/**
 * The operators of a list's `filterable` that cannot be served on their
 * property's type (see `servedAs`). Only the property types of the public set
 * are known, so properties outside it are not judged here (they are never
 * filterable anyway).
 */
export function operatorMistakes(
  name: string,
  list: ListDefinition,
  schema: PublicSchema,
): OperatorMistake[] {
  return Object.entries(list.filterable).flatMap(([property, operators]) => {
    const type = schema.properties.get(property)?.type;
    if (type === undefined) return [];
    return operators
      .filter((operator) => servedAs(type, operator) === undefined)
      .map((operator) => ({
        list: name,
        property,
        operator,
        type,
        message: `LISTS.${name}.filterable.${property}: ${operator} cannot filter a ${type} property; it is ignored`,
      }));
  });
}

// What this isolate has logged already: a mistake is logged once, not on every read.
const logged = new Set<string>();

/** Logs each mistake once per isolate (`config.filter_operator_unservable`). */
export function logOperatorMistakes(log: Logger, mistakes: readonly OperatorMistake[]): void {
  for (const mistake of mistakes) {
    const key = `${mistake.list}\u0000${mistake.property}\u0000${mistake.operator}`;
    if (logged.has(key)) continue;
    logged.add(key);
    log.warn("config.filter_operator_unservable", { ...mistake });
  }
}
