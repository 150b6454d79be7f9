import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { parseFormDefinition, readFormDefinition } from "../../forms/definition";
import { hasOptionsRoute, readFieldOptions } from "../../forms/options";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, formOptionsExample } from "../examples";
import { guard } from "../guard";
import { cachedReadHeaders, READ_ERRORS, UuidParam } from "../schemas";
import { FormUuidParam } from "./schemas";

const params = z.object({
  formUuid: FormUuidParam,
  propertyUuid: UuidParam.openapi(
    OPENAPI_METADATA && { description: "The field's `propertyUuid`." },
  ),
});
const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}/options/{propertyUuid}",
  ...(OPENAPI_METADATA && {
    operationId: "listFormOptions",
    tags: ["Forms"],
    summary: "A page of a form field's options",
    description:
      "Proxies Caraer's public options route, only for select and tag fields that are visible inputs of this form. Cached briefly.",
    security: [],
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: {
    params,
    query: z.object({
      q: z
        .string()
        .max(200)
        .optional()
        .openapi(OPENAPI_METADATA && { description: "Search text.", example: "java" }),
      page: z
        .string()
        .regex(/^[1-9]\d{0,3}$/, "must be a page number from 1")
        .optional()
        .openapi(OPENAPI_METADATA && { example: "1" }),
      limit: z
        .string()
        .regex(/^([1-9]\d?|100)$/, "must be 1 to 100")
        .optional()
        .openapi(OPENAPI_METADATA && { example: "25" }),
    }),
  },
  responses: OPENAPI_METADATA && {
    200: {
      description: "One page of options.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z
            .object({
              data: z.array(
                z.object({
                  name: z.string(),
                  label: z.string(),
                  icon: z.string().nullable(),
                  color: z.string().nullable(),
                  disabled: z.boolean(),
                }),
              ),
              meta: z.object({
                page: z.number(),
                limit: z.number(),
                total: z.number(),
                lastPage: z.number(),
              }),
            })
            .openapi("FormOptionsPage"),
          examples: {
            skills: { summary: EXAMPLE_REQUESTS.formOptions, value: formOptionsExample },
          },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND: "An unserved form, or a property that is not a visible select or tag field of it.",
    }),
  },
});

/** Registers `GET /v1/forms/{formUuid}/options/{propertyUuid}`. */
export function registerFormOptionsRoute(app: App): void {
  app.openapi(route, async (c) => {
    const params = c.req.valid("param");
    const served = servedForm(c.get("services").config, params.formUuid);
    const ctx = readContext(c);
    const cachedForm = await readFormDefinition(ctx, served);
    if (!cachedForm) throw new ApiError("NOT_FOUND", "No such form.");
    const propertyUuid = params.propertyUuid.toLowerCase();
    const field = parseFormDefinition(cachedForm).fields.find(
      (candidate) =>
        candidate.propertyUuid.toLowerCase() === propertyUuid && hasOptionsRoute(candidate),
    );
    if (!field) throw new ApiError("NOT_FOUND", "This form has no such selectable field.");
    const query = c.req.valid("query");
    const cached = await readFieldOptions(ctx, served, field, {
      q: query.q?.trim() ?? "",
      page: Number(query.page ?? "1"),
      limit: Number(query.limit ?? "25"),
    });
    if (!cached) throw new ApiError("NOT_FOUND", "This form has no such selectable field.");
    return sendCached(c, cached, {
      ttl: served.settings.optionsTtl,
      staleTtl: served.settings.optionsStaleTtl,
    });
  });
}
