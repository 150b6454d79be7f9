import { MULTI_SEPARATOR, PARSED_CHECKBOX, PARSED_JOINER } from "../ours";
import { edgesOf, otherEnd } from "../records/relations";
import { propertyByName } from "../schema";
import { db } from "../store";
import type { PropertyDef, StoredRecord, StoredValue } from "../types";

/**
 * A linked property's value: the linked property of the related record.
 * [ours] With several related records, the primary edge wins, else the oldest.
 */
function linkedValue(record: StoredRecord, def: PropertyDef): StoredValue | null {
  const link = def.linked;
  const target = link && propertyByName(link.property);
  if (!link || !target) return null;
  const edges = edgesOf(record.uuid, link.relation)
    .map((edge) => ({ edge, other: db().records.get(otherEnd(edge, record.uuid)) }))
    .filter(({ other }) => other !== undefined && other.deletedAt === null)
    .sort(
      (a, b) =>
        Number(b.edge.primary) - Number(a.edge.primary) || a.edge.createdAt - b.edge.createdAt,
    );
  const other = edges[0]?.other;
  return other ? rawValue(other, target) : null;
}

/** The raw (stored) value of a property on a record; null when empty. */
export function rawValue(record: StoredRecord, def: PropertyDef): StoredValue | null {
  if (def.type === "linked-property") return linkedValue(record, def);
  const value = record.values[def.name];
  if (value === undefined) return null;
  return Array.isArray(value) ? [...value] : value;
}

const label = (def: PropertyDef, name: string) =>
  def.options.find((o) => o.name === name)?.label ?? name;

/**
 * The human-readable value `parse=true` answers: option labels, "Yes"/"No",
 * ISO dates. [ours] Numbers stay numbers; ranges read "min - max".
 */
export function parsedValue(def: PropertyDef, raw: StoredValue | null): string | number | null {
  if (raw === null) return null;
  switch (def.type) {
    case "single-select":
      return label(def, String(raw));
    case "multi-select":
    case "tag":
      return (Array.isArray(raw) ? raw : [String(raw)])
        .map((n) => label(def, n))
        .join(PARSED_JOINER);
    case "checkbox":
      return raw === true ? PARSED_CHECKBOX.true : PARSED_CHECKBOX.false;
    case "date":
      return new Date(Number(raw)).toISOString().slice(0, 10);
    case "range":
      return String(raw).split(MULTI_SEPARATOR).join(" - ");
    default:
      return Array.isArray(raw)
        ? raw.join(PARSED_JOINER)
        : raw === true || raw === false
          ? String(raw)
          : raw;
  }
}
