import type { FilterOperator } from "../../config/lists";
import type { PublicProperty, PublicSchema } from "../../projection/public-schema";
import type { PortQuery, ReadPort } from "../read-port";
import type { CaraerRecord } from "../schemas";
import type { KasarClient } from "./client";
import type { KasarField, KasarFilter, KasarFilterGroup, KasarOperator } from "./contract";
import type { KasarRecord } from "./schemas";

/**
 * [ours] Kasar field types as the edge's property types, so list-query
 * validation, projection and the site work unchanged (docs/kasar-contract.md
 * §4). The Kasar type stays in `format`. An unknown type is text.
 */
export const KASAR_EDGE_TYPES: Readonly<Record<string, string>> = {
  text: "string",
  long_text: "string",
  email: "string",
  url: "string",
  phone: "string",
  number: "number",
  boolean: "checkbox",
  date: "date",
  datetime: "date",
  select: "single-select",
  multi_select: "multi-select",
  file: "file",
};

/** One Kasar field as a property the edge may publish (a list's `fields` decides which). */
export function edgeProperty(field: KasarField): PublicProperty {
  return {
    name: field.name,
    label: field.label ?? null,
    type: KASAR_EDGE_TYPES[field.type] ?? "string",
    format: field.type,
    options: field.options.map((o) => ({ name: o.value, label: o.label ?? null })),
  };
}

/** [ours] The edge's operators (Caraer's names) as Kasar's; those absent here Kasar cannot serve. */
const OPERATORS: Partial<Record<FilterOperator, KasarOperator>> = {
  equals_exactly: "eq",
  equals_flexibly: "eq",
  not_equals_exactly: "neq",
  not_equals_flexibly: "neq",
  contains_exactly: "contains",
  contains_flexibly: "contains",
  starts_with_exactly: "starts_with",
  starts_with_flexibly: "starts_with",
  bigger_than: "gt",
  smaller_than: "lt",
  bigger_than_or_equal_to: "gte",
  smaller_than_or_equal_to: "lte",
  is_null: "is_empty",
  is_not_null: "is_not_empty",
  any: "in",
};

/** A list query the Kasar adapter cannot express (configuration validation refuses these first). */
export class KasarQueryError extends Error {
  constructor(what: string) {
    super(`Kasar cannot serve ${what}`);
    this.name = "KasarQueryError";
  }
}

const fieldOf = (property: string) => (property === "uuid" ? "id" : property);

/**
 * A filter value in Kasar's format: the edge parses caller dates to unix
 * milliseconds; Kasar takes `YYYY-MM-DD` dates and ISO date-times.
 */
function kasarValue(value: unknown, property: PublicProperty | undefined): unknown {
  if (typeof value !== "number" || property?.type !== "date") return value;
  const iso = new Date(value).toISOString();
  return property.format === "date" ? iso.slice(0, 10) : iso;
}

/** One item of the edge's filter groups as Kasar conditions (ANDed). */
function conditions(item: Record<string, unknown>, schema?: PublicSchema): KasarFilter[] {
  const { object, relation, property, operator, value } = item;
  if (object || relation) throw new KasarQueryError("filters on related objects");
  if (typeof property !== "string" || typeof operator !== "string") {
    throw new KasarQueryError("a filter without property or operator");
  }
  const field = fieldOf(property);
  const typed = (v: unknown) => kasarValue(v, schema?.properties.get(property));
  const values = Array.isArray(value) ? value : [value];
  if (operator === "range") {
    const [low, high] = String(value).split(";").map(Number);
    return [
      { field, operator: "gte", value: typed(low) },
      { field, operator: "lte", value: typed(high) },
    ];
  }
  // "All of these options": a multi-select containing each one.
  if (operator === "all_flexibly" || operator === "all_exactly") {
    return values.map((v) => ({ field, operator: "contains", value: typed(v) }));
  }
  const mapped = OPERATORS[operator as FilterOperator];
  if (!mapped) throw new KasarQueryError(`operator ${operator}`);
  if (mapped === "is_empty" || mapped === "is_not_empty") return [{ field, operator: mapped }];
  if (mapped === "in") return [{ field, operator: mapped, value: values.map(typed) }];
  return [{ field, operator: mapped, value: typed(value) }];
}

/** [ours] The edge's filter groups (items ANDed, groups ORed) as one FilterGroup, two deep. */
export function kasarFilterGroup(query: PortQuery, schema?: PublicSchema): KasarFilterGroup {
  const groups = query.filter?.groups ?? [];
  return {
    operator: "or",
    filters: groups.map((group) => ({
      operator: "and",
      filters: group.items.flatMap((item) => conditions(item, schema)),
    })),
  };
}

/** A Kasar record in the edge's record shape; projection happens in the cores. */
function edgeRecord(record: KasarRecord): CaraerRecord {
  const { id, ...properties } = record;
  return { uuid: id, updatedAt: record.updated_at, properties };
}

/**
 * The Kasar adapter of the read port (docs/kasar-contract.md §4): every
 * query is one `POST /records/{object}/search` (the edge's OR-ed groups need
 * a FilterGroup), paged by cursor; Kasar has no previews and no webpages.
 */
export function createKasarReadPort(client: KasarClient): ReadPort {
  return {
    crm: "kasar",
    paging: "cursor",
    publicWithoutFields: false,
    publicProperties: async (object) => (await client.getSchema(object)).fields.map(edgeProperty),
    async indexRecords(query, schema) {
      const page = await client.searchRecords(query.mainObject, kasarFilterGroup(query, schema), {
        sort: (query.sort ?? []).map((s) => ({
          field: fieldOf(s.property),
          direction: s.direction === "DESC" ? "desc" : "asc",
        })),
        limit: query.limit,
        cursor: query.cursor ?? null,
      });
      return {
        data: page.data.map(edgeRecord),
        total: page.total,
        lastPage: Math.max(1, Math.ceil(page.total / query.limit)),
        nextCursor: page.nextCursor,
      };
    },
    getPreview: async () => null,
    getWebpage: async () => null,
  };
}
