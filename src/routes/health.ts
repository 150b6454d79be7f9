import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../http/context";
import { ApiError } from "../http/errors";
import { errorResponses } from "../http/openapi-errors";
import {
  logOperatorMistakes,
  type OperatorMistake,
  operatorMistakes,
} from "../reads/operator-mistakes";
import { cachedPublicSchema } from "../reads/public-schema";
import { siteMappingIssues } from "../seo/mapping-health";
import { readContext } from "../services/read-context";

const route = createRoute({
  method: "get",
  path: "/healthz",
  ...(OPENAPI_METADATA && {
    operationId: "getHealth",
    tags: ["Operator"],
    summary: "Liveness and configuration check",
    description:
      "Answers 200 when the Worker runs and its configuration parses. `warnings` lists configuration mistakes that only show against Caraer's properties, e.g. a filter operator that cannot be served on its property's type; a list is checked once its public property set is cached (after its first read). It also checks each `SITE` list's JSON-LD mapping against the list object's public properties as already cached: a mapping that names a non-public property is `CONFIG_INVALID` (the issue names the setting, not the property). It does not call Caraer, so it stays cheap for uptime monitors.",
    security: [],
  }),
  responses: OPENAPI_METADATA && {
    200: {
      description: "The Worker is up and configured.",
      content: {
        "application/json": {
          schema: z.object({
            status: z.literal("ok"),
            warnings: z.array(
              z.object({
                list: z.string(),
                property: z.string(),
                operator: z.string(),
                type: z.string(),
                message: z.string(),
              }),
            ),
          }),
          examples: {
            ok: { summary: "The demo configuration", value: { status: "ok", warnings: [] } },
          },
        },
      },
    },
    ...errorResponses({
      CONFIG_INVALID:
        "The configuration does not load, or `SITE` maps a non-public property into the JSON-LD.",
    }),
  },
});

/** Registers `GET /healthz`. */
export function registerHealth(app: App): void {
  app.openapi(route, async (c) => {
    const { config, log } = c.get("services");
    const ctx = readContext(c);
    const warnings: OperatorMistake[] = (
      await Promise.all(
        Object.entries(config.LISTS).map(async ([name, list]) => {
          const schema = await cachedPublicSchema(ctx, list);
          return schema ? operatorMistakes(name, list, schema) : [];
        }),
      )
    ).flat();
    logOperatorMistakes(log, warnings);
    c.header("Cache-Control", "no-store");
    const issues = await siteMappingIssues(ctx, config);
    if (issues.length > 0) {
      throw new ApiError(
        "CONFIG_INVALID",
        "SITE maps properties that are not public into the JSON-LD; they are left out.",
        { issues },
      );
    }
    return c.json({ status: "ok" as const, warnings }, 200);
  });
}
