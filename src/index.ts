import { Hono } from "hono";

type Env = { CARAER_API_BASE: string };
const app = new Hono<{ Bindings: Env }>();
app.get("/healthz", (c) => c.json({ ok: true }));
app.get("/up", async (c) => {
  const r = await fetch(`${c.env.CARAER_API_BASE}/ping`);
  return c.json(await r.json());
});
export default app;
