import { invalid } from "../errors";
import { boundProperty, propertyByName } from "../schema";
import type { ObjectDef, StoredRecord, StoredValue } from "../types";
import { rawValue } from "../values/read";
import type { FilterType } from "./operators";

/** A filterable/sortable field of an object: a readable property or a reserved system property. */
export interface Field {
  name: string;
  type: FilterType;
  read: (record: StoredRecord) => StoredValue | null;
}

/** Reserved system properties: filterable with string (uuid) or date operators, and sortable. */
const SYSTEM_FIELDS: Record<string, Field> = {
  uuid: { name: "uuid", type: "string", read: (r) => r.uuid },
  createdAt: { name: "createdAt", type: "date", read: (r) => r.createdAt },
  updatedAt: { name: "updatedAt", type: "date", read: (r) => r.updatedAt },
};

/** Whether `name` is a reserved system field (part of every record's envelope). */
export function isSystemField(name: string): boolean {
  return Object.hasOwn(SYSTEM_FIELDS, name);
}

/**
 * Resolves a property name used in a filter or sort. Unknown names and
 * nonPublic properties are refused with 400 VALIDATION: an API token may not
 * use what it may not read.
 */
export function resolveField(object: ObjectDef, name: string, use: "filter" | "sort"): Field {
  const system = isSystemField(name) ? SYSTEM_FIELDS[name] : undefined;
  if (system) return system;
  const bound = boundProperty(object, name);
  if (!bound) {
    throw invalid(
      "VALIDATION",
      `Unknown property '${name}' on object ${object.name}`,
      "Use a property name of the object's schema.",
    );
  }
  const { def } = bound;
  if (def.nonPublic) {
    throw invalid(
      "VALIDATION",
      `Property '${name}' cannot be used to ${use} with an API token`,
      "nonPublic properties are not available to API tokens.",
    );
  }
  let type: FilterType;
  if (def.type === "linked-property") {
    // Seed 003: a linked property filters "based on the property it's linked to".
    const target = def.linked && propertyByName(def.linked.property);
    type = target && target.type !== "linked-property" ? target.type : "string";
  } else {
    type = def.type;
  }
  return { name, type, read: (r) => rawValue(r, def) };
}
