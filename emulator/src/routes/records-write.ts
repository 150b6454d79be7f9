import { Hono } from "hono";
import * as z from "zod/v4";
import { readBody } from "../body";
import type { AppEnv } from "../context";
import { invalid, notFound } from "../errors";
import { recordDto, viewFromQuery } from "../records/dto";
import { isOf } from "../records/relations";
import {
  createOrUpdate,
  createRecord,
  DELETE_MODES,
  deleteRecord,
  restoreRecord,
  updateRecord,
} from "../records/write";
import { envelope } from "../respond";
import { objectByName } from "../schema";
import { db } from "../store";

const Values = z.record(z.string(), z.unknown());

function objectOr404(name: string) {
  const object = objectByName(name);
  if (!object) throw notFound(`Object '${name}'`);
  return object;
}

/** Record writes (docs/caraer-contract.md §3). [ours] Creating answers 201, everything else 200. */
export const recordWriteRoutes = new Hono<AppEnv>()
  .post("/:object/createOrUpdate", async (c) => {
    const object = objectOr404(c.req.param("object"));
    const view = viewFromQuery((k) => c.req.query(k));
    const { values } = await readBody(c, z.object({ values: Values }));
    const { record, created } = createOrUpdate(object, values);
    return c.json(
      envelope(created ? "Record created" : "Record updated", recordDto(record, view)),
      created ? 201 : 200,
    );
  })
  .post("/:uuid/restore", (c) => {
    const record = restoreRecord(c.req.param("uuid"));
    return c.json(
      envelope(
        "Record restored",
        recordDto(
          record,
          viewFromQuery((k) => c.req.query(k)),
        ),
      ),
    );
  })
  .post("/:object", async (c) => {
    const object = objectOr404(c.req.param("object"));
    const view = viewFromQuery((k) => c.req.query(k));
    const { properties } = await readBody(c, z.object({ properties: Values }));
    return c.json(
      envelope("Record created", recordDto(createRecord(object, properties), view)),
      201,
    );
  })
  .put("/:object/:uuid", async (c) => {
    const object = objectOr404(c.req.param("object"));
    const view = viewFromQuery((k) => c.req.query(k));
    const record = db().records.get(c.req.param("uuid"));
    if (!record || !isOf(record, object.name)) throw notFound(`Record ${c.req.param("uuid")}`);
    const { properties } = await readBody(c, z.object({ properties: Values }));
    return c.json(
      envelope("Record updated", recordDto(updateRecord(object, record, properties), view)),
    );
  })
  .delete("/:uuid", (c) => {
    const mode = c.req.query("mode") ?? "archive";
    if (!(DELETE_MODES as readonly string[]).includes(mode)) {
      throw invalid(
        "INVALID_VALUE",
        `Unknown delete mode '${mode}'`,
        `Use one of: ${DELETE_MODES.join(", ")}.`,
      );
    }
    deleteRecord(c.req.param("uuid"), mode as (typeof DELETE_MODES)[number]);
    return c.json(envelope(`Record deleted (${mode})`, null));
  });
