import { Hono } from "hono";
import type { AppEnv } from "../../../src/context";
import { OBJECTS, objectDef } from "../schema";

/** `GET /schema` (every object with its fields) and `GET /schema/{object}`. */
export const schemaRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.json({ data: OBJECTS }))
  .get("/:object", (c) => c.json({ data: objectDef(c.req.param("object")) }));
