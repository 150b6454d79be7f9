import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { requireAuth } from "./auth";
import type { AppEnv } from "./context";
import { applyFaults } from "./control/fault-middleware";
import { logRequests, nextRequestNumber } from "./control/request-log";
import { controlRoutes } from "./control/routes";
import { CaraerError, errorEnvelope, problem } from "./errors";
import { formRoutes } from "./routes/forms";
import { previewRoutes } from "./routes/previews";
import { propertyRoutes } from "./routes/properties";
import { recordReadRoutes } from "./routes/records-read";
import { recordWriteRoutes } from "./routes/records-write";
import { relationRoutes } from "./routes/relations";
import { webpageRoutes } from "./routes/webpages";

const CONTROL = "/__emulator";

/** The emulator app: the control API, then Caraer's API under /api/v2. */
export const app = new Hono<AppEnv>();

app.use("*", async (c, next) => {
  const n = nextRequestNumber();
  c.set("requestNumber", n);
  c.set("requestId", `emu-${String(n).padStart(6, "0")}`);
  await next();
});
// Control calls are neither logged nor faulted: tests must always be able to steer.
app.use("*", (c, next) => (c.req.path.startsWith(CONTROL) ? next() : logRequests(c, next)));
app.use("*", (c, next) => (c.req.path.startsWith(CONTROL) ? next() : applyFaults(c, next)));

app.route(CONTROL, controlRoutes);

app.use("/api/v2/*", requireAuth);
app.route("/api/v2/forms/public", formRoutes);
app.route("/api/v2/webpages/public", webpageRoutes);
app.route("/api/v2/objects", propertyRoutes);
// Order matters: literal segments (relations, index, previews) before parameters.
app.route("/api/v2/records/relations", relationRoutes);
app.route("/api/v2/records", previewRoutes);
app.route("/api/v2/records", recordReadRoutes);
app.route("/api/v2/records", recordWriteRoutes);

app.notFound((c) => {
  const message = `No route for ${c.req.method} ${c.req.path}`;
  return c.json(
    errorEnvelope(
      404,
      message,
      [problem("NOT_FOUND", message, "Check the path.")],
      c.get("requestId"),
    ),
    404,
  );
});

app.onError((err, c) => {
  const requestId = c.get("requestId");
  if (err instanceof CaraerError) {
    return c.json(
      errorEnvelope(err.status, err.message, err.errors, requestId),
      err.status as ContentfulStatusCode,
    );
  }
  console.error(err);
  return c.json(
    errorEnvelope(
      500,
      "Internal server error",
      [problem("INTERNAL_SERVER_ERROR", String(err), "Retry later.")],
      requestId,
    ),
    500,
  );
});
