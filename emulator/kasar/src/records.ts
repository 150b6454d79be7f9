import { KasarError, recordNotFound } from "./errors";
import type { ObjectDef } from "./schema";
import type { OrgId } from "./seed";
import { newId, nowIso, type OrgData, orgData, type StoredRecord, type StoredValue } from "./store";
import { checkRequired, isEmpty, uniqueKey, validateWrite } from "./values";

/** A record as the API answers it: flat, `id` first, every field (null when empty), snake_case. */
export type RecordOut = Record<string, unknown> & { id: string };

/** Renders a stored record in the object's field order. */
export function present(object: ObjectDef, record: StoredRecord): RecordOut {
  const out: RecordOut = { id: record.id };
  for (const field of object.fields) {
    if (field.name === "created_at" || field.name === "updated_at") continue;
    out[field.name] = structuredClone(record.values[field.name] ?? null);
  }
  out.created_at = record.created_at;
  out.updated_at = record.updated_at;
  return out;
}

/** The records of one object in an organisation. */
export function recordsOf(org: OrgId, object: ObjectDef): StoredRecord[] {
  return [...orgData(org).records.values()].filter((r) => r.object === object.name);
}

/** One record of `object`, else 404 RECORD_NOT_FOUND (also for another object's or organisation's id). */
export function findRecord(org: OrgId, object: ObjectDef, id: string): StoredRecord {
  const record = orgData(org).records.get(id);
  if (!record || record.object !== object.name) throw recordNotFound(object.name, id);
  return record;
}

function merged(values: Record<string, StoredValue>, patch: Record<string, StoredValue | null>) {
  const out: Record<string, StoredValue> = { ...values };
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete out[name];
    else out[name] = value;
  }
  return out;
}

/**
 * 409 DUPLICATE_RECORD when a unique field of `candidate` holds a value that
 * another record of the object (stored, or earlier in the same batch) holds.
 */
function checkUnique(
  data: OrgData,
  object: ObjectDef,
  candidate: StoredRecord,
  pending: StoredRecord[],
): void {
  for (const field of object.fields.filter((f) => f.unique)) {
    const value = candidate.values[field.name];
    if (isEmpty(value)) continue;
    const key = uniqueKey(field, value);
    const others = [...data.records.values(), ...pending].filter(
      (r) => r.object === object.name && r.id !== candidate.id,
    );
    if (
      others.some(
        (r) => !isEmpty(r.values[field.name]) && uniqueKey(field, r.values[field.name]) === key,
      )
    )
      throw new KasarError(
        "DUPLICATE_RECORD",
        `A ${object.name} record with ${field.name} '${String(value)}' already exists`,
      );
  }
}

/** A new record from a create body: validated, defaults applied, required and unique fields checked. */
export function planCreate(
  org: OrgId,
  object: ObjectDef,
  input: unknown,
  pending: StoredRecord[] = [],
): StoredRecord {
  const patch = validateWrite(object, input);
  const defaults: Record<string, StoredValue> = {};
  for (const field of object.fields) {
    if (field.default !== undefined && !(field.name in patch)) defaults[field.name] = field.default;
  }
  const values = merged(defaults, patch);
  checkRequired(object, values);
  const at = nowIso();
  const record: StoredRecord = {
    id: newId(),
    object: object.name,
    created_at: at,
    updated_at: at,
    values,
  };
  checkUnique(orgData(org), object, record, pending);
  return record;
}

/** The updated copy of a stored record (the store is untouched until {@link commit}). */
export function planUpdate(
  org: OrgId,
  object: ObjectDef,
  id: string,
  input: unknown,
  pending: StoredRecord[] = [],
): StoredRecord {
  const current = findRecord(org, object, id);
  const values = merged(current.values, validateWrite(object, input));
  checkRequired(object, values);
  const record: StoredRecord = { ...current, values, updated_at: nowIso() };
  checkUnique(orgData(org), object, record, pending);
  return record;
}

/** Stores planned records (all checks passed, so a batch is all or nothing). */
export function commit(org: OrgId, records: StoredRecord[]): void {
  const data = orgData(org);
  for (const record of records) data.records.set(record.id, record);
}

/** Deletes a record and its associations. */
export function deleteRecord(org: OrgId, object: ObjectDef, id: string): void {
  findRecord(org, object, id);
  const data = orgData(org);
  data.records.delete(id);
  data.associations = data.associations.filter((a) => a.id !== id && a.toId !== id);
}

/** The ids a record is associated with, per other object (both directions). */
export function associationsOf(org: OrgId, record: StoredRecord): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of orgData(org).associations) {
    const other =
      a.id === record.id
        ? { object: a.toObject, id: a.toId }
        : a.toId === record.id
          ? { object: a.object, id: a.id }
          : null;
    if (other) out[other.object] = [...(out[other.object] ?? []), other.id];
  }
  return out;
}
