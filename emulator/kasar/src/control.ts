import { Hono } from "hono";
import * as z from "zod/v4";
import type { AppEnv } from "../../src/context";
import {
  addFault,
  clearFaults,
  FaultSpec,
  listFaults,
  removeFault,
  resetFaults,
} from "../../src/control/faults";
import { releaseHangs } from "../../src/control/hang";
import { clearLog, listRequests } from "../../src/control/request-log";
import { resetRateLimits } from "./auth";
import { readJson } from "./body";
import { KasarError } from "./errors";
import { DEFAULT_SEED } from "./ours";
import type { OrgId } from "./seed";
import { resetSettings, SettingsPatch, settings, updateSettings } from "./settings";
import { orgData, resetStore, type StoredRecord } from "./store";

const ResetBody = z.strictObject({ seed: z.number().int().optional() }).optional();
const Org = z.enum(["demo", "other"]).catch("demo");

/** A stored record exactly as held (private fields included) with its associations. */
function raw(org: OrgId, record: StoredRecord) {
  return {
    ...structuredClone(record),
    associations: orgData(org)
      .associations.filter((a) => a.id === record.id || a.toId === record.id)
      .map((a) =>
        a.id === record.id ? { object: a.toObject, id: a.toId } : { object: a.object, id: a.id },
      ),
  };
}

/** The control API under `/__emulator` (no auth; never logged, never faulted, never rate limited). */
export const controlRoutes = new Hono<AppEnv>()
  .post("/reset", async (c) => {
    const seed = (await readJson(c, ResetBody))?.seed ?? DEFAULT_SEED;
    releaseHangs();
    resetStore(seed);
    resetFaults(seed);
    resetSettings();
    resetRateLimits();
    clearLog(true);
    return c.json({ data: { seed } });
  })
  .post("/faults", async (c) => c.json({ id: addFault(await readJson(c, FaultSpec)).id }))
  .get("/faults", (c) => c.json({ data: listFaults() }))
  .delete("/faults", (c) => {
    releaseHangs();
    return c.json({ data: { removed: clearFaults() } });
  })
  .delete("/faults/:id", (c) => {
    if (!removeFault(c.req.param("id")))
      throw new KasarError("NOT_FOUND", `No fault ${c.req.param("id")}`);
    return c.json({ data: { removed: 1 } });
  })
  .get("/requests", (c) =>
    c.json({ data: listRequests(c.req.query("method"), c.req.query("path")) }),
  )
  .delete("/requests", (c) => c.json({ data: { removed: clearLog() } }))
  .get("/settings", (c) => c.json({ data: settings() }))
  .put("/settings", async (c) => {
    resetRateLimits();
    return c.json({ data: updateSettings(await readJson(c, SettingsPatch)) });
  })
  .get("/records", (c) => {
    const org = Org.parse(c.req.query("org"));
    const object = c.req.query("object");
    const records = [...orgData(org).records.values()].filter(
      (r) => !object || r.object === object,
    );
    return c.json({ data: records.map((r) => raw(org, r)), total: records.length });
  })
  .get("/records/:id", (c) => {
    const org = Org.parse(c.req.query("org"));
    const record = orgData(org).records.get(c.req.param("id"));
    if (!record) throw new KasarError("NOT_FOUND", `No record ${c.req.param("id")}`);
    return c.json({ data: raw(org, record) });
  });
