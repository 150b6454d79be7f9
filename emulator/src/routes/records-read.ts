import { Hono } from "hono";
import { readBody } from "../body";
import type { AppEnv } from "../context";
import { notFound } from "../errors";
import { recordDto, viewFromQuery } from "../records/dto";
import { IndexBody, queryRecords } from "../records/query";
import { isOf } from "../records/relations";
import { envelope } from "../respond";
import { db } from "../store";

/** Record reads: index, one record (archived ones included, with deletedAt). */
export const recordReadRoutes = new Hono<AppEnv>()
  .post("/index", async (c) => {
    const body = await readBody(c, IndexBody);
    const view = viewFromQuery((k) => c.req.query(k));
    return c.json(
      queryRecords(body, {
        view,
        archived: c.req.query("archived") === "true",
        relatedRecordUuid: c.req.query("relatedRecordUuid") || null,
      }),
    );
  })
  .get("/:uuid", (c) => {
    const view = viewFromQuery((k) => c.req.query(k));
    const record = db().records.get(c.req.param("uuid"));
    if (!record) throw notFound(`Record ${c.req.param("uuid")}`);
    return c.json(envelope("Record fetched", recordDto(record, view)));
  })
  .get("/:object/:uuid", (c) => {
    const view = viewFromQuery((k) => c.req.query(k));
    const record = db().records.get(c.req.param("uuid"));
    if (!record || !isOf(record, c.req.param("object"))) {
      throw notFound(`Record ${c.req.param("uuid")} of object ${c.req.param("object")}`);
    }
    return c.json(envelope("Record fetched", recordDto(record, view)));
  });
