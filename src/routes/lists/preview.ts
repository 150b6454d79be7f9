import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { readPreview } from "../../reads/records";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, previewExample } from "../examples";
import { guard, guardedList } from "../guard";
import { cachedReadHeaders, ListNameParam, NameParam, READ_ERRORS, UuidParam } from "../schemas";

const PreviewSchema =
  OPENAPI_METADATA &&
  z
    .object({
      uuid: z.string().optional(),
      name: z.string().optional(),
      recordUuid: z.string().optional(),
      url: z.string().nullable().optional(),
      grid: z.array(z.array(z.record(z.string(), z.unknown()))).openapi(
        OPENAPI_METADATA && {
          description:
            "Rows of cells. Cells bound to a non-public property are removed; text and button cells stay.",
        },
      ),
    })
    .openapi("PublicPreview");

const params = z.object({ list: ListNameParam, uuid: UuidParam, name: NameParam });

const route = createRoute({
  method: "get",
  path: "/v1/lists/{list}/{uuid}/previews/{name}",
  ...(OPENAPI_METADATA && {
    operationId: "getRecordPreview",
    tags: ["Reads"],
    summary: "A named preview (card, detail…) of a record of a public list",
    description:
      "A Caraer preview the list allows (`LISTS[list].previews`) of a record inside the list's scope, as Caraer lays it out, with every cell bound to a non-public property removed.",
    security: [],
  }),
  middleware: guard({ params, list: "api", rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: {
      description: "The preview, projected onto public properties.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z.object({ data: PreviewSchema }),
          examples: { card: { summary: EXAMPLE_REQUESTS.preview, value: previewExample } },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND:
        "Unknown list, a preview the list does not allow, or a record missing or outside the list's scope.",
    }),
  },
});

/** Registers `GET /v1/lists/{list}/{uuid}/previews/{name}`. */
export function registerPreviewRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { uuid, name: preview } = c.req.valid("param");
    const { name, settings: list } = guardedList(c);
    if (!list.previews.includes(preview)) throw new ApiError("NOT_FOUND", "No such preview.");
    const cached = await readPreview(readContext(c), name, list, uuid.toLowerCase(), preview);
    if (!cached) throw new ApiError("NOT_FOUND", "No such record or preview.");
    return sendCached(c, cached, list, { revalidate: "before-answering" });
  });
}
