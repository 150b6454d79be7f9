import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { readPage } from "../../reads/pages";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, webpageExample } from "../examples";
import { guard } from "../guard";
import { cachedReadHeaders, READ_ERRORS, SlugParam } from "../schemas";

const WebpageSchema =
  OPENAPI_METADATA &&
  z
    .object({
      uuid: z.string(),
      title: z.string().nullable().optional(),
      excerpt: z.string().nullable().optional(),
      slug: z.string().nullable().optional(),
      image: z.string().nullable().optional(),
      object: z
        .unknown()
        .optional()
        .openapi(OPENAPI_METADATA && { description: "The backing object, if any." }),
      metaData: z
        .record(z.string(), z.unknown())
        .nullable()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description: "Title, description and OpenGraph data for the page's `<head>`.",
          },
        ),
      isPublished: z.boolean().optional(),
      liveUrl: z.string().nullable().optional(),
      content: z.unknown().openapi(
        OPENAPI_METADATA && {
          description: "The page's box/component tree, without record queries.",
        },
      ),
      record: z
        .object({
          uuid: z.string().nullable(),
          properties: z.record(z.string(), z.unknown()),
          parsedProperties: z.record(z.string(), z.unknown()),
        })
        .nullable()
        .openapi(OPENAPI_METADATA && { description: "The backing record's public values only." }),
    })
    .openapi("PublicWebpage");

const params = z.object({ rootSlug: SlugParam, slug: SlugParam });

const route = createRoute({
  method: "get",
  path: "/v1/pages/{rootSlug}/{slug}",
  ...(OPENAPI_METADATA && {
    operationId: "getWebpage",
    tags: ["Reads"],
    summary: "A published Caraer CMS webpage",
    description:
      "Proxied from Caraer's public webpage endpoint for `CARAER_SUBDOMAIN`, projected and cached.",
    security: [],
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: {
      description: "The webpage.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z.object({ data: WebpageSchema }),
          examples: { home: { summary: EXAMPLE_REQUESTS.webpage, value: webpageExample } },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND: "No such published page, or no `CARAER_SUBDOMAIN` configured.",
    }),
  },
});

/** Registers `GET /v1/pages/{rootSlug}/{slug}`. */
export function registerPageRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { rootSlug, slug } = c.req.valid("param");
    const { config } = c.get("services");
    // Without a site subdomain Caraer cannot resolve pages, so the feature is off.
    if (!config.CARAER_SUBDOMAIN) throw new ApiError("NOT_FOUND", "No such page.");
    const freshness = { ttl: config.PAGE_TTL, staleTtl: config.PAGE_STALE_TTL };
    const cached = await readPage(readContext(c), rootSlug, slug, freshness);
    if (!cached) throw new ApiError("NOT_FOUND", "No such page.");
    return sendCached(c, cached, freshness, { revalidate: "before-answering" });
  });
}
