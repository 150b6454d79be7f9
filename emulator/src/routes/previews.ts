import { Hono } from "hono";
import type { AppEnv } from "../context";
import { notFound } from "../errors";
import { previewDto } from "../records/preview";
import { envelope } from "../respond";
import { db } from "../store";

/** `GET /records/{uuid}/previews/{name}`; `parse=true` renders display values. */
export const previewRoutes = new Hono<AppEnv>().get("/:uuid/previews/:name", (c) => {
  const { uuid, name } = c.req.param();
  const record = db().records.get(uuid);
  if (!record) throw notFound(`Record ${uuid}`);
  const preview = previewDto(record, name, c.req.query("parse") === "true");
  if (!preview) throw notFound(`Preview '${name}' of object ${record.object}`);
  return c.json(envelope("Preview fetched", preview));
});
