import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import type { App } from "../http/context";
import { ErrorEnvelopeSchema } from "../http/errors";

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Operations"],
  summary: "Liveness and configuration check",
  description:
    "Answers 200 when the Worker runs and its configuration parses. It does not call Caraer, so it stays cheap for uptime monitors.",
  responses: {
    200: {
      description: "The Worker is up and configured.",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } },
    },
    500: {
      description: "The configuration is invalid (`CONFIG_INVALID`).",
      content: { "application/json": { schema: ErrorEnvelopeSchema } },
    },
  },
});

/** Registers `GET /healthz`. */
export function registerHealth(app: App): void {
  app.openapi(route, (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" as const }, 200);
  });
}
