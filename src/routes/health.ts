import { createRoute, z } from "@hono/zod-openapi";
import type { App } from "../http/context";
import { ApiError, ErrorEnvelopeSchema } from "../http/errors";
import { readContext } from "../reads/context";
import { siteMappingIssues } from "../seo/mapping-health";

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Operations"],
  summary: "Liveness and configuration check",
  description:
    "Answers 200 when the Worker runs and its configuration parses. It does not call Caraer, so it stays cheap for uptime monitors. It also checks each `SITE` list's JSON-LD mapping against the list object's public properties as already cached: a mapping that names a non-public property is `CONFIG_INVALID` (the issue names the setting, not the property).",
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
  app.openapi(route, async (c) => {
    c.header("Cache-Control", "no-store");
    const issues = await siteMappingIssues(readContext(c), c.get("services").config);
    if (issues.length > 0) {
      throw new ApiError(
        "CONFIG_INVALID",
        "SITE maps properties that are not public into the JSON-LD; they are left out.",
        { issues },
      );
    }
    return c.json({ status: "ok" as const }, 200);
  });
}
