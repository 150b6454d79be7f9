import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { readContext } from "../../reads/context";
import { readPreview } from "../../reads/records";
import { sendCached } from "../../reads/respond";
import { guard, guardedList } from "../guard";
import {
  cachedReadHeaders,
  ListNameParam,
  NameParam,
  readErrorResponses,
  UuidParam,
} from "../schemas";

const PreviewSchema = z
  .object({
    uuid: z.string().optional(),
    name: z.string().optional(),
    recordUuid: z.string().optional(),
    url: z.string().nullable().optional(),
    grid: z.array(z.array(z.record(z.string(), z.unknown()))).openapi({
      description:
        "Rows of cells. Cells bound to a non-public property are removed; text and button cells stay.",
    }),
  })
  .openapi("PublicPreview");

const params = z.object({ list: ListNameParam, uuid: UuidParam, name: NameParam });

const route = createRoute({
  method: "get",
  path: "/v1/lists/{list}/{uuid}/previews/{name}",
  tags: ["Records"],
  summary: "A named preview (card, detail…) of a record of a public list",
  middleware: guard({ params, list: "api", rateLimit: "read" }),
  request: { params },
  responses: {
    200: {
      description: "The preview, projected onto public properties.",
      headers: cachedReadHeaders,
      content: { "application/json": { schema: z.object({ data: PreviewSchema }) } },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...readErrorResponses,
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
