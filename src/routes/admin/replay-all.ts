import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { deadLetterStore } from "../../delivery/bindings";
import { replayDeadLetter } from "../../delivery/replay";
import type { App } from "../../http/context";
import { errorResponses } from "../../http/openapi-errors";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";
import { UNAUTHORIZED } from "./schemas";

/** Most dead letters replayed by one "replay all" call, so it stays within a request's limits. */
export const REPLAY_BATCH = 100;

const route = createRoute({
  method: "post",
  path: "/v1/admin/dead-letters/replay",
  ...(OPENAPI_METADATA && {
    operationId: "replayDeadLetters",
    tags: ["Operator"],
    summary: "Replay dead-lettered submissions",
    description: `Queues up to ${REPLAY_BATCH} dead letters again, oldest first; call again while \`remaining\` is above 0.`,
    security: operatorSecurity,
  }),
  middleware: [guard({ body: JSON_BODY }), operatorOnly] as const,
  responses: OPENAPI_METADATA && {
    202: {
      description: "What was queued again.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({ replayed: z.number(), failed: z.number(), remaining: z.number() }),
          }),
          examples: {
            all: {
              summary: "Every dead letter was queued again",
              value: { data: { replayed: 3, failed: 0, remaining: 0 } },
            },
          },
        },
      },
    },
    ...errorResponses({ UNAUTHORIZED, UNSUPPORTED_MEDIA_TYPE: "A body that is not JSON." }),
  },
});

/** Registers `POST /v1/admin/dead-letters/replay` (operators only). */
export function registerReplayDeadLettersRoute(app: App): void {
  app.openapi(route, async (c) => {
    const store = deadLetterStore(c.env);
    const page = await store.list(REPLAY_BATCH);
    let replayed = 0;
    let failed = 0;
    // One at a time: a queue refusing messages stops costing more than one try each.
    for (const entry of page?.entries ?? []) {
      if ((await replayDeadLetter(c.env, entry.submissionId)) === "replayed") replayed += 1;
      else failed += 1;
    }
    c.get("services").log.info("dead_letters.replayed", { replayed, failed });
    return c.json({ data: { replayed, failed, remaining: await store.count() } }, 202);
  });
}
