import { Hono } from "hono";
import * as z from "zod/v4";
import { readBody } from "../body";
import type { AppEnv } from "../context";
import { notFound } from "../errors";
import { paginate, pagingFields } from "../respond";
import { boundProperties, objectByRef, propertyDto } from "../schema";

const Body = z.object(pagingFields).nullish();

/** `POST /objects/{object}/properties/index`: the object's merged property view, paginated. */
export const propertyRoutes = new Hono<AppEnv>().post("/:object/properties/index", async (c) => {
  const object = objectByRef(c.req.param("object"));
  if (!object) throw notFound(`Object '${c.req.param("object")}'`);
  const body = await readBody(c, Body);
  const dtos = boundProperties(object).map(({ def, attached }) => propertyDto(def, attached));
  return c.json(paginate("Properties fetched", dtos, body?.page, body?.limit));
});
