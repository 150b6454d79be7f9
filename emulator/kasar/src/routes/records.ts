import { Hono } from "hono";
import * as z from "zod/v4";
import type { AppEnv } from "../../../src/context";
import { grantOf, writerOrg } from "../auth";
import { readJson } from "../body";
import { FilterGroupSchema } from "../filter";
import { parseListParams, runQuery } from "../list";
import {
  associationsOf,
  commit,
  deleteRecord,
  findRecord,
  planCreate,
  planUpdate,
  present,
  recordsOf,
} from "../records";
import { objectDef } from "../schema";

/** [ours] The search body: a FilterGroup plus the list's sort, limit and cursor. */
const SearchBody = z
  .strictObject({
    filterGroup: FilterGroupSchema.optional(),
    sort: z
      .array(z.strictObject({ field: z.string().min(1), direction: z.enum(["asc", "desc"]) }))
      .optional(),
    limit: z.number().int().optional(),
    cursor: z.string().min(1).optional(),
  })
  .optional();

/** `/records/{object}`: list, search, read, create, update and delete. */
export const recordRoutes = new Hono<AppEnv>()
  .get("/:object", (c) => {
    const object = objectDef(c.req.param("object"));
    const query = parseListParams(object, new URL(c.req.url).searchParams);
    return c.json(runQuery(object, recordsOf(grantOf(c).org, object), query));
  })
  .post("/:object/search", async (c) => {
    const object = objectDef(c.req.param("object"));
    const body = (await readJson(c, SearchBody)) ?? {};
    const page = runQuery(object, recordsOf(grantOf(c).org, object), {
      filter: body.filterGroup ?? { operator: "and", filters: [] },
      sort: body.sort ?? [],
      limit: body.limit,
      cursor: body.cursor,
    });
    return c.json(page);
  })
  .get("/:object/:id", (c) => {
    const object = objectDef(c.req.param("object"));
    const { org } = grantOf(c);
    const record = findRecord(org, object, c.req.param("id"));
    // "A single enriched record": the flat record plus its associations ([ours]).
    return c.json({
      data: { ...present(object, record), associations: associationsOf(org, record) },
    });
  })
  .post("/:object", async (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    const record = planCreate(org, object, await readJson(c, z.unknown()));
    commit(org, [record]);
    return c.json({ data: present(object, record) }, 201);
  })
  .on(["PUT", "PATCH"], "/:object/:id", async (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    const input = await readJson(c, z.unknown());
    const record = planUpdate(org, object, c.req.param("id"), input);
    commit(org, [record]);
    return c.json({ data: present(object, record) });
  })
  .delete("/:object/:id", (c) => {
    const org = writerOrg(c);
    const object = objectDef(c.req.param("object"));
    deleteRecord(org, object, c.req.param("id"));
    return c.json({ data: { id: c.req.param("id"), deleted: true } });
  });
