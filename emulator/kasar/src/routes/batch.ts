import { Hono } from "hono";
import * as z from "zod/v4";
import type { AppEnv } from "../../../src/context";
import { writerOrg } from "../auth";
import { readJson } from "../body";
import { invalid, KasarError } from "../errors";
import { MAX_BATCH } from "../ours";
import { commit, planCreate, planUpdate, present, recordsOf } from "../records";
import { type ObjectDef, objectDef } from "../schema";
import type { StoredRecord } from "../store";
import { isEmpty, uniqueKey } from "../values";

const records = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_BATCH);

/** [ours] Batch bodies: `{ records: [...] }`; update items carry `id`; upsert names its `uniqueField`. */
const CreateBody = z.strictObject({ records: records(z.unknown()) });
const UpdateBody = z.strictObject({
  records: records(z.looseObject({ id: z.string().min(1) })),
});
const UpsertBody = z.strictObject({
  uniqueField: z.string().min(1),
  records: records(z.record(z.string(), z.unknown())),
});

/** Runs `plan` for each item; an error names the item's index. Nothing is stored unless all pass. */
function planAll<T>(
  items: T[],
  plan: (item: T, pending: StoredRecord[]) => StoredRecord,
): StoredRecord[] {
  const pending: StoredRecord[] = [];
  items.forEach((item, i) => {
    try {
      pending.push(plan(item, pending));
    } catch (err) {
      if (err instanceof KasarError)
        throw new KasarError(err.code, `records[${i}]: ${err.message}`);
      throw err;
    }
  });
  return pending;
}

function uniqueFieldOf(object: ObjectDef, name: string) {
  const field = object.fields.find((f) => f.name === name);
  if (!field?.unique) throw invalid(`'${name}' is not a unique field of '${object.name}'`);
  return field;
}

/** `/records/{object}/batch/{create,update,upsert}`: at most 100 records, all or nothing ([ours]). */
export const batchRoutes = new Hono<AppEnv>()
  .post("/:object/batch/create", async (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    const body = await readJson(c, CreateBody);
    const planned = planAll(body.records, (item, pending) =>
      planCreate(org, object, item, pending),
    );
    commit(org, planned);
    return c.json({ data: planned.map((r) => present(object, r)) }, 201);
  })
  .post("/:object/batch/update", async (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    const body = await readJson(c, UpdateBody);
    if (new Set(body.records.map((r) => r.id)).size < body.records.length)
      throw invalid("A batch update names the same id twice");
    const planned = planAll(body.records, ({ id, ...fields }, pending) =>
      planUpdate(org, object, id, fields, pending),
    );
    commit(org, planned);
    return c.json({ data: planned.map((r) => present(object, r)) });
  })
  .post("/:object/batch/upsert", async (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    const body = await readJson(c, UpsertBody);
    const field = uniqueFieldOf(object, body.uniqueField);
    const keys = body.records.map((r, i) => {
      if (isEmpty(r[field.name]))
        throw new KasarError(
          "MISSING_REQUIRED_FIELD",
          `records[${i}]: Field '${field.name}' is required`,
        );
      return uniqueKey(field, r[field.name]);
    });
    if (new Set(keys).size < keys.length)
      throw invalid(`A batch upsert names the same ${field.name} twice`);
    const existing = new Map(
      recordsOf(org, object)
        .filter((r) => !isEmpty(r.values[field.name]))
        .map((r) => [uniqueKey(field, r.values[field.name]), r.id]),
    );
    // Matches on the unique field update that record; the rest are created. A retry of
    // the same batch therefore updates what the first try created, never duplicating it.
    const planned = planAll(body.records, (item, pending) => {
      const id = existing.get(uniqueKey(field, item[field.name]));
      return id === undefined
        ? planCreate(org, object, item, pending)
        : planUpdate(org, object, id, item, pending);
    });
    commit(org, planned);
    return c.json({ data: planned.map((r) => present(object, r)) });
  });
