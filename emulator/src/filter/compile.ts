import { invalid } from "../errors";
import { relatedRecords } from "../records/relations";
import { objectByName, relationByName } from "../schema";
import type { ObjectDef, RelationDef, StoredRecord } from "../types";
import { resolveField } from "./fields";
import { compileCondition } from "./operators";

/** One filter item as sent in `filter.groups[].items[]`. */
export interface FilterItem {
  object?: string | null;
  relation?: string | null;
  property?: string | null;
  operator?: string | null;
  value?: unknown;
  relationIncluded?: boolean | null;
}

/** A filter: groups are ORed, items within a group ANDed. */
export interface Filter {
  groups: { items: FilterItem[] }[];
}

/** Decides whether a record passes. */
export type RecordPredicate = (record: StoredRecord) => boolean;

const blankToNull = (s: string | null | undefined) =>
  s === undefined || s === null || s.trim() === "" ? null : s;

function targetObject(
  main: ObjectDef,
  objectName: string | null,
  relation: string | null,
): ObjectDef {
  if (objectName !== null) {
    const object = objectByName(objectName);
    if (!object)
      throw invalid(
        "VALIDATION",
        `Unknown object '${objectName}' in filter`,
        "Use an object name.",
      );
    return object;
  }
  const def = relation !== null && relation !== "*" ? relationByName(relation) : undefined;
  const other = def && (def.from === main.name ? def.to : def.from);
  const object = other ? objectByName(other) : undefined;
  if (!object) {
    throw invalid(
      "VALIDATION",
      "A filter through any relation ('*') needs an object",
      "Set `object` on the filter item.",
    );
  }
  return object;
}

function joins(relation: RelationDef, a: string, b: string): boolean {
  return (relation.from === a && relation.to === b) || (relation.from === b && relation.to === a);
}

function compileItem(main: ObjectDef, item: FilterItem): RecordPredicate {
  const property = blankToNull(item.property);
  const relation = blankToNull(item.relation);
  const objectName = blankToNull(item.object);
  if (relation !== null && relation !== "*" && !relationByName(relation)) {
    throw invalid(
      "VALIDATION",
      `Unknown relation '${relation}' in filter`,
      "Use a relation name or '*'.",
    );
  }
  if (objectName !== null && !objectByName(objectName)) {
    throw invalid("VALIDATION", `Unknown object '${objectName}' in filter`, "Use an object name.");
  }
  // [ours] A named relation must join the main object and the item's object, as
  // relation writes require (records/relations.ts), in either direction.
  const def = relation !== null && relation !== "*" ? relationByName(relation) : undefined;
  if (def && objectName !== null && !joins(def, main.name, objectName)) {
    throw invalid(
      "RELATION_NOT_ALLOWED",
      `Relation '${def.name}' connects ${def.from} to ${def.to}, not ${main.name} to ${objectName}`,
      "Use a relation defined between these objects.",
    );
  }
  if (property === null) {
    // Relation existence check: the operator table does not apply.
    const included = item.relationIncluded ?? true;
    return (r) => relatedRecords(r, relation, objectName).length > 0 === included;
  }
  const operator = blankToNull(item.operator);
  if (operator === null) {
    throw invalid("VALIDATION", `Filter on '${property}' has no operator`, "Set `operator`.");
  }
  // Seed 003: an item with `object` or `relation` filters through related
  // records, even when `object` is the main object itself.
  if (objectName === null && relation === null) {
    const field = resolveField(main, property, "filter");
    const matches = compileCondition(field.type, operator, item.value, `'${property}'`);
    return (r) => matches(field.read(r));
  }
  const target = targetObject(main, objectName, relation);
  const field = resolveField(target, property, "filter");
  const matches = compileCondition(
    field.type,
    operator,
    item.value,
    `'${target.name}.${property}'`,
  );
  return (r) =>
    relatedRecords(r, relation, target.name).some((other) => matches(field.read(other)));
}

/**
 * Compiles a filter for records of `main`; every item is validated up front so
 * a bad item fails the request even when no record would reach it. Returns
 * null for "no filter" (absent or no groups).
 */
export function compileFilter(
  main: ObjectDef,
  filter: Filter | null | undefined,
): RecordPredicate | null {
  if (!filter || filter.groups.length === 0) return null;
  const groups = filter.groups.map((g) => g.items.map((item) => compileItem(main, item)));
  return (r) => groups.some((items) => items.every((matches) => matches(r)));
}
