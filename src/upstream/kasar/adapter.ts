import {
  type FieldDescription,
  type FormDescription,
  type ListScope,
  type PortCondition,
  PortQueryError,
  type UpstreamPort,
} from "../port";
import type { KasarClient } from "./client";
import { type KasarField, type KasarFilter, publicFields } from "./contract";
import { KasarUpstreamError } from "./errors";

/** A form defined at the edge (Kasar has no forms API): the object, its fields in order, the link. */
export interface KasarFormDefinition {
  object: string;
  uniqueField: string;
  fields: { name: string; label?: string; helpText?: string; required?: boolean }[];
  /** The object a submission is associated with, e.g. `vacancies`. */
  linksTo?: string;
}

const toKasar = (c: PortCondition): KasarFilter =>
  c.value === undefined
    ? { field: c.field, operator: c.operator }
    : { field: c.field, operator: c.operator, value: c.value };

function describe(field: KasarField): FieldDescription {
  return {
    name: field.name,
    label: field.label ?? field.name,
    type: field.type,
    required: field.required,
    unique: field.unique,
    options: field.options.map((o) => ({ value: o.value, label: o.label ?? o.value })),
  };
}

/** Filters and sorts may name only public fields (or `id`): a private value never steers an answer. */
function checkPublic(scope: ListScope, names: string[]): void {
  for (const name of names) {
    if (name !== "id" && !scope.fields.includes(name)) throw new PortQueryError(name);
  }
}

/** The Kasar adapter of the upstream port. */
export function createKasarPort(
  client: KasarClient,
  forms: Readonly<Record<string, KasarFormDefinition>>,
): UpstreamPort {
  const describeFields = async (object: string) =>
    (await client.getSchema(object)).fields.filter((f) => !f.read_only).map(describe);

  return {
    async queryListPage(scope, query) {
      checkPublic(scope, [
        ...query.conditions.map((c) => c.field),
        ...query.sort.map((s) => s.field),
      ]);
      const page = await client.listRecords(scope.object, {
        filters: [...scope.baseFilter, ...query.conditions].map(toKasar),
        sort: [...query.sort],
        limit: query.limit,
        cursor: query.cursor ?? null,
      });
      return {
        records: page.data.map((r) => publicFields(r, scope.fields)),
        total: page.total,
        nextCursor: page.nextCursor,
      };
    },

    // [ours] One search with the base filter plus the id: an out-of-scope record
    // is not found exactly like a missing one, and no private value is read here.
    async fetchInScope(scope, id) {
      const page = await client.searchRecords(
        scope.object,
        {
          operator: "and",
          filters: [...scope.baseFilter.map(toKasar), { field: "id", operator: "eq", value: id }],
        },
        { limit: 1 },
      );
      const record = page.data[0];
      return record ? publicFields(record, scope.fields) : null;
    },

    describeFields,

    async describeForm(key): Promise<FormDescription | null> {
      const form = forms[key];
      if (!form) return null;
      const schema = new Map((await describeFields(form.object)).map((f) => [f.name, f]));
      return {
        object: form.object,
        uniqueField: form.uniqueField,
        linksTo: form.linksTo ?? null,
        fields: form.fields.flatMap((f) => {
          const field = schema.get(f.name);
          // A configured field Kasar does not know is dropped here; config validation reports it.
          if (!field) return [];
          return [
            {
              ...field,
              label: f.label ?? field.label,
              required: f.required ?? field.required,
              helpText: f.helpText ?? null,
            },
          ];
        }),
      };
    },

    async createIdempotently(object, uniqueField, values) {
      const [record] = await client.batchUpsert(object, uniqueField, [values]);
      if (!record) throw new KasarUpstreamError("records.batchUpsert", "invalid_response");
      return { object, id: record.id };
    },

    async link(from, to) {
      await client.associate(from.object, from.id, to.object, to.id);
    },
  };
}
