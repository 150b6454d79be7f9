import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { readRecord } from "../../reads/records";
import { sendCached } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { EXAMPLE_REQUESTS, recordExample } from "../examples";
import { guard, guardedList } from "../guard";
import {
  cachedReadHeaders,
  ListNameParam,
  PublicRecordSchema,
  READ_ERRORS,
  UuidParam,
} from "../schemas";

const params = z.object({ list: ListNameParam, uuid: UuidParam });

const route = createRoute({
  method: "get",
  path: "/v1/lists/{list}/{uuid}",
  ...(OPENAPI_METADATA && {
    operationId: "getRecord",
    tags: ["Reads"],
    summary: "One record of a public list",
    security: [],
    description:
      "A record inside the list's scope, with public properties only. Records outside the base filter (drafts, closed or archived vacancies, other objects) answer 404 exactly like missing ones.",
  }),
  middleware: guard({ params, list: "api", rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: {
      description: "The record.",
      headers: cachedReadHeaders,
      content: {
        "application/json": {
          schema: z.object({ data: PublicRecordSchema }),
          examples: { vacancy: { summary: EXAMPLE_REQUESTS.record, value: recordExample } },
        },
      },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND:
        "Unknown list, or a record that is missing or outside the list's base filter (a draft, closed or archived vacancy).",
    }),
  },
});

/** Registers `GET /v1/lists/{list}/{uuid}`. */
export function registerRecordRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { uuid } = c.req.valid("param");
    const { name, settings: list } = guardedList(c);
    const cached = await readRecord(readContext(c), name, list, uuid.toLowerCase());
    if (!cached) throw new ApiError("NOT_FOUND", "No such record.");
    return sendCached(c, cached, list, { revalidate: "before-answering" });
  });
}
