import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../src/context";
import { applyFaultsWith } from "../../src/control/fault-middleware";
import { logRequestsWith, nextRequestNumber } from "../../src/control/request-log";
import { kasarAuthState, requireToken } from "./auth";
import { controlRoutes } from "./control";
import { codeForStatus, type ErrorBody, KasarError } from "./errors";
import { associationRoutes } from "./routes/associations";
import { batchRoutes } from "./routes/batch";
import { recordRoutes } from "./routes/records";
import { schemaRoutes } from "./routes/schema";

const CONTROL = "/__emulator";
const API = "/api/v1";

/** Kasar's error body for injected faults (`code` from the status) and released hangs. */
const faultBody = (
  status: number,
  faultId: string,
  _requestId: string,
  hung: boolean,
): ErrorBody =>
  hung
    ? { error: true, code: "INTERNAL_ERROR", message: "The request hung and was released" }
    : {
        error: true,
        code: codeForStatus(status),
        message: `Injected fault ${faultId} (status ${status})`,
      };

/** The Kasar emulator: the control API, then Kasar's API under /api/v1. */
export const app = new Hono<AppEnv>();

app.use("*", async (c, next) => {
  const n = nextRequestNumber();
  c.set("requestNumber", n);
  c.set("requestId", `kasar-${String(n).padStart(6, "0")}`);
  await next();
});
// Control calls are neither logged nor faulted: tests must always be able to steer.
const logRequests = logRequestsWith(kasarAuthState);
const applyFaults = applyFaultsWith(faultBody);
app.use("*", (c, next) => (c.req.path.startsWith(CONTROL) ? next() : logRequests(c, next)));
app.use("*", (c, next) => (c.req.path.startsWith(CONTROL) ? next() : applyFaults(c, next)));

app.route(CONTROL, controlRoutes);

app.use(`${API}/*`, requireToken);
app.route(`${API}/schema`, schemaRoutes);
// Literal segments (search, batch, associations) before the generic record routes.
app.route(`${API}/records`, batchRoutes);
app.route(`${API}/records`, associationRoutes);
app.route(`${API}/records`, recordRoutes);

app.notFound((c) =>
  c.json<ErrorBody>(
    { error: true, code: "NOT_FOUND", message: `No route for ${c.req.method} ${c.req.path}` },
    404,
  ),
);

app.onError((err, c) => {
  if (err instanceof KasarError) {
    return c.json(err.body, err.status as ContentfulStatusCode, err.headers);
  }
  console.error(err);
  return c.json<ErrorBody>({ error: true, code: "INTERNAL_ERROR", message: String(err) }, 500);
});
