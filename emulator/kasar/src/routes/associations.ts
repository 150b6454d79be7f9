import { Hono } from "hono";
import type { AppEnv } from "../../../src/context";
import { writerOrg } from "../auth";
import { invalid } from "../errors";
import { findRecord } from "../records";
import { objectDef } from "../schema";
import type { OrgId } from "../seed";
import { orgData } from "../store";

/** The association the path names, after checking both objects, both records and the pairing. */
function target(org: OrgId, params: Record<string, string>) {
  const { object = "", id = "", toObject = "", toId = "" } = params;
  const from = objectDef(object);
  const to = objectDef(toObject);
  if (!from.associations.includes(to.name))
    throw invalid(`'${from.name}' records cannot be associated with '${to.name}'`);
  findRecord(org, from, id);
  findRecord(org, to, toId);
  return { object: from.name, id, toObject: to.name, toId };
}

const same = (a: { object: string; id: string; toObject: string; toId: string }) => (b: typeof a) =>
  (b.id === a.id && b.toId === a.toId) || (b.id === a.toId && b.toId === a.id);

/**
 * `PUT|DELETE /records/{object}/{id}/associations/{toObject}/{toId}`. [ours]
 * Both are idempotent and answer 200 with the association; an association is
 * one undirected link, so either side may name it.
 */
export const associationRoutes = new Hono<AppEnv>()
  .put("/:object/:id/associations/:toObject/:toId", (c) => {
    const org = writerOrg(c);
    const link = target(org, c.req.param());
    const data = orgData(org);
    if (!data.associations.some(same(link))) data.associations.push(link);
    return c.json({ data: link });
  })
  .delete("/:object/:id/associations/:toObject/:toId", (c) => {
    const org = writerOrg(c);
    const link = target(org, c.req.param());
    const data = orgData(org);
    data.associations = data.associations.filter((a) => !same(link)(a));
    return c.json({ data: link });
  });
