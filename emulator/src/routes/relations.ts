import { Hono } from "hono";
import type { AppEnv } from "../context";
import { linkRecords, unlinkRecords } from "../records/relations";
import { envelope } from "../respond";

/** `POST|DELETE /records/relations/{from}/{relation}/{to}`. */
export const relationRoutes = new Hono<AppEnv>()
  .post("/:from/:relation/:to", (c) => {
    const { from, relation, to } = c.req.param();
    const edge = linkRecords(from, relation, to, c.req.query("primary") === "true");
    return c.json(
      envelope("Relation saved", {
        relation: edge.relation,
        fromUuid: edge.from,
        toUuid: edge.to,
        primary: edge.primary,
      }),
    );
  })
  .delete("/:from/:relation/:to", (c) => {
    const { from, relation, to } = c.req.param();
    const removed = unlinkRecords(from, relation, to);
    return c.json(envelope("Relation deleted", { removed }));
  });
