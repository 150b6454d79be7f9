import { Hono } from "hono";
import * as z from "zod/v4";
import { readBody } from "../body";
import type { AppEnv } from "../context";
import { notFound } from "../errors";
import { DEFAULT_SEED } from "../ours";
import { db, resetStore } from "../store";
import { addFault, clearFaults, FaultSpec, listFaults, removeFault, resetFaults } from "./faults";
import { releaseHangs } from "./hang";
import { rawRecord } from "./raw";
import { clearLog, listRequests } from "./request-log";
import { resetSettings, settings, updateSettings } from "./settings";

const ResetBody = z.object({ seed: z.number().int().optional() }).nullish();
const SettingsBody = z.object({ webpageLeaksPrivate: z.boolean().optional() });
const WebpageBody = z.object({ isPublished: z.boolean() });

/** Restores the demo data and clears faults, settings and the request log. */
export function resetAll(seed: number): void {
  releaseHangs();
  resetStore(seed);
  resetFaults(seed);
  resetSettings();
  clearLog(true);
}

/** The control API under `/__emulator` (no auth; never logged, never faulted). */
export const controlRoutes = new Hono<AppEnv>()
  .post("/reset", async (c) => {
    const seed = (await readBody(c, ResetBody))?.seed ?? DEFAULT_SEED;
    resetAll(seed);
    return c.json({ message: "Emulator reset", data: { seed } });
  })
  .post("/faults", async (c) => c.json({ id: addFault(await readBody(c, FaultSpec)).id }))
  .get("/faults", (c) => c.json({ data: listFaults() }))
  .delete("/faults", (c) => {
    releaseHangs();
    return c.json({ data: { removed: clearFaults() } });
  })
  .delete("/faults/:id", (c) => {
    if (!removeFault(c.req.param("id"))) throw notFound(`Fault ${c.req.param("id")}`);
    return c.json({ data: { removed: 1 } });
  })
  .get("/requests", (c) =>
    c.json({ data: listRequests(c.req.query("method"), c.req.query("path")) }),
  )
  .delete("/requests", (c) => c.json({ data: { removed: clearLog() } }))
  .get("/settings", (c) => c.json({ data: settings() }))
  .put("/settings", async (c) => c.json({ data: updateSettings(await readBody(c, SettingsBody)) }))
  .get("/records", (c) => {
    const object = c.req.query("object");
    const records = [...db().records.values()].filter((r) => !object || r.object === object);
    return c.json({ data: records.map(rawRecord), total: records.length });
  })
  .get("/records/:uuid", (c) => {
    const record = db().records.get(c.req.param("uuid"));
    if (!record) throw notFound(`Record ${c.req.param("uuid")}`);
    return c.json({ data: rawRecord(record) });
  })
  .get("/uploads", (c) => c.json({ data: [...db().uploads.values()] }))
  .put("/webpages/:rootSlug/:slug", async (c) => {
    const { rootSlug, slug } = c.req.param();
    const pages = db().webpages.filter((p) => p.rootSlug === rootSlug && p.slug === slug);
    if (pages.length === 0) throw notFound(`Webpage ${rootSlug}/${slug}`);
    const { isPublished } = await readBody(c, WebpageBody);
    for (const page of pages) page.isPublished = isPublished;
    return c.json({ data: { rootSlug, slug, isPublished } });
  });
