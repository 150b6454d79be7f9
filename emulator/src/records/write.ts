import { badRequest, type ErrorItem, invalid, notFound, problem } from "../errors";
import { boundProperties, boundProperty } from "../schema";
import { db, newUuid, now } from "../store";
import type { ObjectDef, PropertyDef, StoredRecord, StoredValue } from "../types";
import { isEmpty } from "../values/empty";
import { normalizeValue, subject } from "../values/normalize";
import { dropEdges, isOf } from "./relations";

/** Changes to apply: null clears a value. */
export type Changes = Record<string, StoredValue | null>;

/** Names no write may set (reserved names, docs/caraer-contract.md §2). */
const RESERVED = new Set(["uuid", "name", "externalUuid", "createdAt", "updatedAt", "deletedAt"]);

/** [ours] Email uniqueness ignores case; other unique values compare exactly. */
function sameValue(def: PropertyDef, a: StoredValue | undefined, b: StoredValue | null): boolean {
  if (a === undefined || b === null) return false;
  if (def.format === "email") return String(a).toLowerCase() === String(b).toLowerCase();
  return JSON.stringify(a) === JSON.stringify(b);
}

const uniqueProperties = (object: ObjectDef) =>
  boundProperties(object)
    .map((p) => p.def)
    .filter((def) => def.rules.includes("unique"));

/**
 * [ours] `unique` is checked among the object's active records; archived and
 * anonymised ones do not block a value.
 */
function uniqueProblems(object: ObjectDef, values: Changes, self: string | null): ErrorItem[] {
  return uniqueProperties(object).flatMap((def) => {
    const value = values[def.name] ?? null;
    if (value === null) return [];
    const clash = [...db().records.values()].some(
      (r) =>
        r.uuid !== self &&
        r.deletedAt === null &&
        isOf(r, object.name) &&
        sameValue(def, r.values[def.name], value),
    );
    return clash
      ? [
          problem(
            "VALIDATION",
            `${subject(def)}: '${String(value)}' is already used by another record`,
            "Use a unique value or update the existing record.",
          ),
        ]
      : [];
  });
}

/** Validates one value written through the API: known, writable by a token, well-formed. */
function checkWritable(
  object: ObjectDef,
  name: string,
  value: unknown,
): { value: StoredValue | null } | ErrorItem {
  if (RESERVED.has(name)) {
    return problem(
      "VALIDATION",
      `'${name}' is a reserved system property and cannot be written`,
      "Remove it from the body.",
    );
  }
  const bound = boundProperty(object, name);
  if (!bound) {
    return problem(
      "VALIDATION",
      `Unknown property '${name}' on object ${object.name}`,
      "Use a property name of the object's schema.",
    );
  }
  const { def } = bound;
  if (def.nonPublic) {
    return problem(
      "VALIDATION",
      `${subject(def)} cannot be written with an API token`,
      "nonPublic properties are not writable by API tokens.",
    );
  }
  if (def.immutable || def.type === "linked-property") {
    return problem(
      "VALIDATION",
      `${subject(def)} is read-only`,
      "Caraer maintains this value; do not send it.",
    );
  }
  const normalized = normalizeValue(def, value);
  return normalized.ok ? { value: normalized.value } : normalized.error;
}

/**
 * Validates a create (no `existing`) or an update of `object`: every value,
 * `required` (on create: present; on update: not cleared) and, unless
 * disabled, `unique`. All problems are reported together.
 */
export function prepareWrite(
  object: ObjectDef,
  input: Record<string, unknown>,
  existing: StoredRecord | null,
  options: { unique: boolean } = { unique: true },
): Changes {
  const problems: ErrorItem[] = [];
  const failed = new Set<string>();
  const changes: Changes = {};
  for (const [name, value] of Object.entries(input)) {
    const result = checkWritable(object, name, value);
    if ("value" in result) changes[name] = result.value;
    else {
      problems.push(result);
      failed.add(name);
    }
  }
  const merged: Changes = { ...existing?.values, ...changes };
  for (const { def } of boundProperties(object)) {
    if (!def.rules.includes("required") || failed.has(def.name)) continue;
    const missing =
      existing === null
        ? isEmpty(merged[def.name])
        : def.name in changes && changes[def.name] === null;
    if (missing)
      problems.push(problem("VALIDATION", `${subject(def)} is required`, "Send a value for it."));
  }
  if (problems.length === 0 && options.unique)
    problems.push(...uniqueProblems(object, merged, existing?.uuid ?? null));
  if (problems.length > 0) throw badRequest(problems);
  return changes;
}

function apply(record: StoredRecord, changes: Changes): void {
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete record.values[name];
    else record.values[name] = value;
  }
}

/** Stores a new record of `object` with already validated values. */
export function insertRecord(object: ObjectDef, changes: Changes): StoredRecord {
  const t = now();
  const record: StoredRecord = {
    uuid: newUuid(),
    object: object.name,
    morphObjects: [],
    createdAt: t,
    updatedAt: t,
    deletedAt: null,
    anonymized: false,
    values: {},
  };
  apply(record, changes);
  db().records.set(record.uuid, record);
  return record;
}

/** Validates and creates a record. */
export function createRecord(object: ObjectDef, input: Record<string, unknown>): StoredRecord {
  return insertRecord(object, prepareWrite(object, input, null));
}

/** Validates and applies a partial update. */
export function updateRecord(
  object: ObjectDef,
  record: StoredRecord,
  input: Record<string, unknown>,
): StoredRecord {
  apply(record, prepareWrite(object, input, record));
  record.updatedAt = now();
  return record;
}

/**
 * Seed 001's upsert: the record whose unique properties all equal the sent
 * ones is updated, otherwise a new one is created. [ours] Every unique
 * property of the object must be sent; only active records match.
 */
export function createOrUpdate(
  object: ObjectDef,
  input: Record<string, unknown>,
): { record: StoredRecord; created: boolean } {
  const uniques = uniqueProperties(object);
  if (uniques.length === 0) {
    throw invalid(
      "VALIDATION",
      `Object ${object.name} has no unique properties to match on`,
      "Use POST /records/{object}.",
    );
  }
  const wanted: [PropertyDef, StoredValue][] = [];
  const problems: ErrorItem[] = [];
  for (const def of uniques) {
    const normalized = normalizeValue(def, input[def.name]);
    if (!normalized.ok) problems.push(normalized.error);
    else if (normalized.value === null) {
      problems.push(
        problem(
          "VALIDATION",
          `${subject(def)} is unique and needed to match a record`,
          "Send a value for every unique property.",
        ),
      );
    } else wanted.push([def, normalized.value]);
  }
  if (problems.length > 0) throw badRequest(problems);
  const match = [...db().records.values()].find(
    (r) =>
      r.deletedAt === null &&
      isOf(r, object.name) &&
      wanted.every(([def, v]) => sameValue(def, r.values[def.name], v)),
  );
  if (match) return { record: updateRecord(object, match, input), created: false };
  return { record: createRecord(object, input), created: true };
}

/** Seed 001's delete modes. */
export const DELETE_MODES = ["archive", "anonymize", "delete"] as const;

/**
 * archive: sets deletedAt. anonymize: clears every value and sets deletedAt
 * (restore brings back an empty shell). delete: removes the record and its
 * relation edges for good.
 */
export function deleteRecord(uuid: string, mode: (typeof DELETE_MODES)[number]): void {
  const record = db().records.get(uuid);
  if (!record) throw notFound(`Record ${uuid}`);
  if (mode === "delete") {
    db().records.delete(uuid);
    dropEdges(uuid);
    return;
  }
  const t = now();
  if (mode === "anonymize") {
    record.values = {};
    record.anonymized = true;
  }
  record.deletedAt ??= t;
  record.updatedAt = t;
}

/** Clears deletedAt; anonymised values stay gone. */
export function restoreRecord(uuid: string): StoredRecord {
  const record = db().records.get(uuid);
  if (!record) throw notFound(`Record ${uuid}`);
  record.deletedAt = null;
  record.updatedAt = now();
  return record;
}
