import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { deadLetterStore } from "../../delivery/bindings";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";
import { DeadLetterSchema, exampleId, UNAUTHORIZED } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/v1/admin/dead-letters",
  ...(OPENAPI_METADATA && {
    operationId: "listDeadLetters",
    tags: ["Operator"],
    summary: "List dead-lettered submissions",
    description:
      "Submissions Caraer refused on the queued path or that ran out of retries, oldest first, with the reason. No personal data.",
    security: operatorSecurity,
  }),
  middleware: [guard({ body: JSON_BODY }), operatorOnly] as const,
  request: {
    query: z.object({
      limit: z
        .string()
        .regex(/^([1-9]\d?|100)$/, "must be 1 to 100")
        .optional(),
      cursor: z.string().max(100).optional(),
    }),
  },
  responses: OPENAPI_METADATA && {
    200: {
      description: "A page of dead letters.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.array(DeadLetterSchema),
            meta: z.object({ nextCursor: z.string().nullable() }),
          }),
          examples: {
            one: {
              summary: "One submission Caraer refused",
              value: {
                data: [
                  {
                    submissionId: exampleId,
                    formUuid: "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50",
                    reason: "rejected at create: refused",
                    attempts: 1,
                    lastError: "refused",
                    createdAt: 1772755200000,
                    deadLetteredAt: 1772755201500,
                  },
                ],
                meta: { nextCursor: null },
              },
            },
          },
        },
      },
    },
    ...errorResponses({
      INVALID_REQUEST: "Malformed `limit` or `cursor`.",
      UNAUTHORIZED,
    }),
  },
});

/** Registers `GET /v1/admin/dead-letters` (operators only). */
export function registerListDeadLettersRoute(app: App): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const page = await deadLetterStore(c.env).list(Number(query.limit ?? "50"), query.cursor);
    if (!page) throw new ApiError("INVALID_REQUEST", "The cursor is malformed.");
    c.header("Cache-Control", "no-store");
    return c.json({ data: page.entries, meta: { nextCursor: page.nextCursor } }, 200);
  });
}
