import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { replayDeadLetter } from "../../delivery/replay";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { submissionExamples } from "../forms/schemas";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";
import { submissionParams, UNAUTHORIZED } from "./schemas";

const route = createRoute({
  method: "post",
  path: "/v1/admin/dead-letters/{submissionId}/replay",
  ...(OPENAPI_METADATA && {
    operationId: "replayDeadLetter",
    tags: ["Operator"],
    summary: "Replay one dead-lettered submission",
    description:
      "Queues the submission again; finished steps are kept, so a record that exists is linked, not created again.",
    security: operatorSecurity,
  }),
  middleware: [guard({ params: submissionParams, body: JSON_BODY }), operatorOnly] as const,
  request: { params: submissionParams },
  responses: OPENAPI_METADATA && {
    202: {
      description: "Queued again.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({ submissionId: z.string(), status: z.literal("queued") }),
          }),
          examples: { queued: submissionExamples.queued },
        },
      },
    },
    ...errorResponses({
      INVALID_REQUEST: "A submission ID of the wrong shape.",
      UNAUTHORIZED,
      NOT_FOUND: "No such dead letter.",
      UNSUPPORTED_MEDIA_TYPE: "A body that is not JSON.",
      UPSTREAM_UNAVAILABLE: "The queue refused the message; try again after `Retry-After`.",
    }),
  },
});

/** Registers `POST /v1/admin/dead-letters/{submissionId}/replay` (operators only). */
export function registerReplayDeadLetterRoute(app: App): void {
  app.openapi(route, async (c) => {
    const submissionId = c.req.valid("param").submissionId.toLowerCase();
    const result = await replayDeadLetter(c.env, submissionId);
    if (result === "not_found") throw new ApiError("NOT_FOUND", "No such dead letter.");
    if (result === "unavailable") {
      throw new ApiError("UPSTREAM_UNAVAILABLE", "The queue is unavailable; try again.", {
        headers: { "Retry-After": "30" },
      });
    }
    c.get("services").log.info("dead_letters.replayed", { submissionId });
    return c.json({ data: { submissionId, status: "queued" as const } }, 202);
  });
}
