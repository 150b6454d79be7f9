import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { diagnose } from "../../doctor/diagnose";
import { countFindings, FINDING_CODES } from "../../doctor/findings";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";

const FindingSchema =
  OPENAPI_METADATA &&
  z
    .object({
      severity: z.enum(["error", "warning", "info"]),
      code: z.enum(FINDING_CODES),
      where: z.object({
        setting: z
          .string()
          .openapi(OPENAPI_METADATA && { example: "LISTS.vacancies.filterable.hiring_budget" }),
        list: z.string().optional(),
        form: z.string().optional(),
        property: z.string().optional(),
      }),
      message: z.string(),
      fix: z.string(),
    })
    .openapi("ConfigFinding");

const route = createRoute({
  method: "get",
  path: "/v1/admin/config-check",
  ...(OPENAPI_METADATA && {
    operationId: "checkConfig",
    tags: ["Operator"],
    summary: "Check the configuration against Caraer",
    description:
      "The configuration doctor (docs/doctor.md): checks `LISTS`, `FORMS`, `SITE` and the secrets against Caraer's live schema (properties index, previews, public forms, relations), bypassing the cache, and answers every finding with its severity and fix. Answers 200 whatever it finds; `counts.error` above 0 means a configured feature does not work. `npm run doctor` runs the same check from a shell.",
    security: operatorSecurity,
  }),
  middleware: [guard({ body: JSON_BODY }), operatorOnly] as const,
  responses: OPENAPI_METADATA && {
    200: {
      description: "The findings, errors first.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({
              findings: z.array(FindingSchema),
              counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
            }),
          }),
          examples: {
            broken: {
              summary: "A list filtering on a private property",
              value: {
                data: {
                  findings: [
                    {
                      severity: "error",
                      code: "property_not_public",
                      where: {
                        setting: "LISTS.vacancies.filterable.hiring_budget",
                        list: "vacancies",
                        property: "hiring_budget",
                      },
                      message: "hiring_budget is not a public property of vacancy.",
                      fix: "Remove hiring_budget from LISTS.vacancies.filterable, or make it public in Caraer.",
                    },
                  ],
                  counts: { error: 1, warning: 0, info: 0 },
                },
              },
            },
          },
        },
      },
    },
    ...errorResponses({
      NOT_FOUND: "The deployment's CRM is not Caraer.",
      UNAUTHORIZED:
        "Missing or wrong operator token, or no `ADMIN_TOKEN` set (operator routes off).",
    }),
  },
});

/** Registers `GET /v1/admin/config-check`, the configuration doctor's operator route. */
export function registerConfigCheckRoute(app: App): void {
  app.openapi(route, async (c) => {
    const services = c.get("services");
    // The checks compare the settings with Caraer's schema and forms; Kasar has neither API.
    if (services.config.CRM !== "caraer") {
      throw new ApiError("NOT_FOUND", "The configuration check covers Caraer deployments only.");
    }
    const findings = await diagnose(services.config, services.caraer);
    c.header("Cache-Control", "no-store");
    return c.json({ data: { findings, counts: countFindings(findings) } }, 200);
  });
}
