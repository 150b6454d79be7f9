import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { readFormDefinition } from "../../forms/definition";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, formDefinitionExample } from "../examples";
import { guard } from "../guard";
import { cachedReadHeaders, READ_ERRORS } from "../schemas";
import { FormFieldSchema, FormUuidParam } from "./schemas";

const params = z.object({ formUuid: FormUuidParam });

const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}",
  ...(OPENAPI_METADATA && {
    operationId: "getForm",
    tags: ["Forms"],
    summary: "A public form and its render-ready fields",
    description:
      "Caraer's public form as fetched (`form`) and a flat list of its inputs (`fields`) in form order. Only forms listed in `FORMS` are served; any other answers 404 like an unknown one. Cached in KV (fresh, then stale while refreshed), with an ETag.",
    security: [],
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: {
      description: "The form.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z
            .object({
              data: z.object({
                form: z
                  .record(z.string(), z.unknown())
                  .openapi(OPENAPI_METADATA && { description: "Caraer's PublicForm, unchanged." }),
                fields: z.array(FormFieldSchema),
              }),
            })
            .openapi("FormDefinition"),
          examples: {
            openApplication: {
              summary: EXAMPLE_REQUESTS.formDefinition,
              value: formDefinitionExample,
            },
          },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND: "A form that is not in `FORMS`, or that Caraer does not know or publish.",
    }),
  },
});

/** Registers `GET /v1/forms/{formUuid}`. */
export function registerFormDefinitionRoute(app: App): void {
  app.openapi(route, async (c) => {
    const served = servedForm(c.get("services").config, c.req.valid("param").formUuid);
    const cached = await readFormDefinition(readContext(c), served);
    if (!cached) throw new ApiError("NOT_FOUND", "No such form.");
    return sendCached(c, cached, served.settings);
  });
}
