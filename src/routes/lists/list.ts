import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { errorResponses } from "../../http/openapi-errors";
import { readListPage } from "../../reads/lists";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, listPageExample } from "../examples";
import { guard, guardedList } from "../guard";
import { cachedReadHeaders, ListNameParam, PublicRecordSchema, READ_ERRORS } from "../schemas";

const params = z.object({ list: ListNameParam });

const route = createRoute({
  method: "get",
  path: "/v1/lists/{list}",
  ...(OPENAPI_METADATA && {
    operationId: "listRecords",
    tags: ["Reads"],
    summary: "A page of a public list",
    security: [],
    description: [
      "Records of a list configured in `LISTS`, always inside the list's base filter, with public properties only.",
      "Filter with `filter[prop]=value` (repeat to OR values; the list's first allowed operator) or",
      "`filter[prop][operator]=value` for another allowed operator. Only the list's `filterable`, `sortable` and",
      "`searchable` public properties are accepted. `q` searches the `searchable` properties (case-insensitive).",
    ].join(" "),
  }),
  middleware: guard({ params, list: "api", rateLimit: "read" }),
  request: {
    params,
    query: z.object({
      page: z
        .string()
        .optional()
        .openapi(OPENAPI_METADATA && { description: "1-based page number.", example: "1" }),
      limit: z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description: "Page size, up to the list's `maxPageSize`.",
            example: "20",
          },
        ),
      q: z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description: "Search text, at most 200 characters.",
            example: "engineer",
          },
        ),
      sort: z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description: "`prop` ascending or `-prop` descending; comma-separate up to 3.",
            example: "-publish_date",
          },
        ),
      cursor: z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description:
              "Kasar deployments only: a `meta.nextCursor` sent back, instead of `page` (the rest of the query unchanged).",
          },
        ),
    }),
  },
  responses: OPENAPI_METADATA && {
    200: {
      description: "One page of the list.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z
            .object({
              data: z.array(PublicRecordSchema),
              meta: z.object({
                page: z.number(),
                limit: z.number(),
                total: z.number(),
                lastPage: z.number(),
                nextCursor: z.string().nullable().optional().openapi({
                  description:
                    "Kasar deployments only: pass as `cursor` for the next page; null on the last page.",
                }),
              }),
            })
            .openapi("ListPage"),
          examples: {
            vacancies: { summary: EXAMPLE_REQUESTS.listPage, value: listPageExample },
          },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({ ...READ_ERRORS, NOT_FOUND: "No list of that name in `LISTS`." }),
  },
});

/** Registers `GET /v1/lists/{list}`. */
export function registerListRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { name, settings: list } = guardedList(c);
    // The query string itself, not `c.req.valid("query")`: the validated object cannot hold
    // every parameter that must be refused. zod never copies a `__proto__` key into what it
    // returns (only a strict object reports it, and filter names are open-ended), and Hono's
    // query parser skips a parameter with no name, so `?__proto__=1` and `?=x` would be
    // silently ignored where every other unknown parameter is a 400 (docs/kv-keys.md).
    // The careers list page reads the same `URLSearchParams` (src/site/data.ts), so both
    // parse a query string the same way into one cache entry. The query schema above
    // documents the parameters and checks the declared ones' shapes first.
    // Tests: test/reads/lists.test.ts ("__proto__ or with no name").
    const cached = await readListPage(readContext(c), name, list, new URL(c.req.url).searchParams);
    return sendCached(c, cached, list);
  });
}
