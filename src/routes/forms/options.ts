import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { canonicalQuery, kvKeys } from "../../cache/keys";
import { cachedRead } from "../../cache/swr";
import { parseFormDefinition, readFormDefinition } from "../../forms/definition";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { describeError } from "../../observability/log";
import { readContext } from "../../reads/context";
import { sendCached } from "../../reads/respond";
import { UpstreamError } from "../../upstream/errors";
import { guard } from "../guard";
import { cachedReadHeaders, readErrorResponses, UuidParam } from "../schemas";
import { FormUuidParam } from "./schemas";

const SELECTABLE = new Set(["single-select", "multi-select", "tag"]);

const params = z.object({
  formUuid: FormUuidParam,
  propertyUuid: UuidParam.openapi({ description: "The field's `propertyUuid`." }),
});

const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}/options/{propertyUuid}",
  tags: ["Forms"],
  summary: "A page of a form field's options",
  description:
    "Proxies Caraer's public options route, only for select and tag fields that are visible inputs of this form. Cached briefly.",
  middleware: guard({ params, rateLimit: "read" }),
  request: {
    params,
    query: z.object({
      q: z.string().max(200).optional().openapi({ description: "Search text.", example: "java" }),
      page: z
        .string()
        .regex(/^[1-9]\d{0,3}$/, "must be a page number from 1")
        .optional()
        .openapi({ example: "1" }),
      limit: z
        .string()
        .regex(/^([1-9]\d?|100)$/, "must be 1 to 100")
        .optional()
        .openapi({ example: "25" }),
    }),
  },
  responses: {
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
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...readErrorResponses,
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
        candidate.propertyUuid.toLowerCase() === propertyUuid &&
        !candidate.hidden &&
        SELECTABLE.has(candidate.type),
    );
    if (!field) throw new ApiError("NOT_FOUND", "This form has no such selectable field.");
    const query = c.req.valid("query");
    const q = query.q?.trim() ?? "";
    const page = Number(query.page ?? "1");
    const limit = Number(query.limit ?? "25");
    const freshness = {
      ttl: served.settings.optionsTtl,
      staleTtl: served.settings.optionsStaleTtl,
    };
    const cached = await cachedRead({
      kv: ctx.kv,
      key: await kvKeys.formOptions(
        served.uuid,
        field.propertyUuid,
        canonicalQuery([
          ["q", q],
          ["page", String(page)],
          ["limit", String(limit)],
        ]),
      ),
      ...freshness,
      waitUntil: ctx.waitUntil,
      onRefreshError: (error) =>
        ctx.log.warn("form_options.refresh_failed", { form: served.uuid, ...describeError(error) }),
      load: async () => {
        try {
          const result = await ctx.caraer.formOptions(field.propertyUuid, {
            ...(q ? { query: q } : {}),
            page,
            limit,
          });
          return {
            data: result.data.map((option) => ({
              name: option.name,
              label: option.label ?? option.name,
              icon: option.icon ?? null,
              color: option.color ?? null,
              disabled: option.disabled === true,
            })),
            meta: {
              page: result.page,
              limit: result.perPage,
              total: result.total,
              lastPage: result.lastPage,
            },
          };
        } catch (error) {
          if (error instanceof UpstreamError && error.notFound) return null;
          throw error;
        }
      },
    });
    if (!cached) throw new ApiError("NOT_FOUND", "This form has no such selectable field.");
    return sendCached(c, cached, freshness);
  });
}
