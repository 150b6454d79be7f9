import { createRoute } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import * as z from "zod/v4";
import { deadLetterStore } from "../../delivery/bindings";
import { discardDeadLetter, replayDeadLetter } from "../../delivery/replay";
import { secretMatches } from "../../security/secret";
import type { App, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { guard, JSON_BODY } from "../guard";
import { errorResponse, SubmissionIdParam } from "./schemas";

/** Most dead letters replayed by one "replay all" call, so it stays within a request's limits. */
export const REPLAY_BATCH = 100;

/** Operator routes answer only to `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time. */
const operatorOnly = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.get("services").config.ADMIN_TOKEN;
  const presented = c.req.header("Authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (!(await secretMatches(presented, expected))) {
    throw new ApiError(
      "UNAUTHORIZED",
      expected ? "Send the operator token as a bearer token." : "Operator routes are disabled.",
      { headers: { "WWW-Authenticate": 'Bearer realm="operator"' } },
    );
  }
  await next();
});

const DeadLetterSchema = z
  .object({
    submissionId: z.string(),
    formUuid: z.string(),
    reason: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.number().openapi({ description: "Unix ms." }),
    deadLetteredAt: z.number().openapi({ description: "Unix ms." }),
  })
  .openapi("DeadLetter");

const security = [{ operatorToken: [] }];
const submissionParams = z.object({ submissionId: SubmissionIdParam });
const unauthorized = errorResponse("Missing or wrong operator token (`UNAUTHORIZED`).");

const listRoute = createRoute({
  method: "get",
  path: "/v1/admin/dead-letters",
  tags: ["Operations"],
  summary: "List dead-lettered submissions",
  description:
    "Submissions Caraer refused on the queued path or that ran out of retries, oldest first, with the reason. No personal data.",
  security,
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
  responses: {
    200: {
      description: "A page of dead letters.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.array(DeadLetterSchema),
            meta: z.object({ nextCursor: z.string().nullable() }),
          }),
        },
      },
    },
    400: errorResponse("Malformed limit or cursor (`INVALID_REQUEST`)."),
    401: unauthorized,
  },
});

const replayOneRoute = createRoute({
  method: "post",
  path: "/v1/admin/dead-letters/{submissionId}/replay",
  tags: ["Operations"],
  summary: "Replay one dead-lettered submission",
  description:
    "Queues the submission again; finished steps are kept, so a record that exists is linked, not created again.",
  security,
  middleware: [guard({ params: submissionParams, body: JSON_BODY }), operatorOnly] as const,
  request: { params: submissionParams },
  responses: {
    202: {
      description: "Queued again.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({ submissionId: z.string(), status: z.literal("queued") }),
          }),
        },
      },
    },
    401: unauthorized,
    404: errorResponse("No such dead letter (`NOT_FOUND`)."),
    503: errorResponse("The queue refused the message (`UPSTREAM_UNAVAILABLE`)."),
  },
});

const replayAllRoute = createRoute({
  method: "post",
  path: "/v1/admin/dead-letters/replay",
  tags: ["Operations"],
  summary: "Replay dead-lettered submissions",
  description: `Queues up to ${REPLAY_BATCH} dead letters again, oldest first; call again while \`remaining\` is above 0.`,
  security,
  middleware: [guard({ body: JSON_BODY }), operatorOnly] as const,
  responses: {
    202: {
      description: "What was queued again.",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({ replayed: z.number(), failed: z.number(), remaining: z.number() }),
          }),
        },
      },
    },
    401: unauthorized,
  },
});

const discardRoute = createRoute({
  method: "delete",
  path: "/v1/admin/dead-letters/{submissionId}",
  tags: ["Operations"],
  summary: "Discard a dead-lettered submission",
  description:
    "Forgets a submission an operator resolved by hand (its stored content is deleted). It will not be delivered.",
  security,
  middleware: [guard({ params: submissionParams, body: JSON_BODY }), operatorOnly] as const,
  request: { params: submissionParams },
  responses: {
    204: { description: "Discarded." },
    401: unauthorized,
    404: errorResponse("No such dead letter (`NOT_FOUND`)."),
  },
});

/** Registers the operator routes for dead-lettered submissions. */
export function registerDeadLetterRoutes(app: App): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "operatorToken", {
    type: "http",
    scheme: "bearer",
    description: "The `ADMIN_TOKEN` secret.",
  });

  app.openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    const page = await deadLetterStore(c.env).list(Number(query.limit ?? "50"), query.cursor);
    if (!page) throw new ApiError("INVALID_REQUEST", "The cursor is malformed.");
    c.header("Cache-Control", "no-store");
    return c.json({ data: page.entries, meta: { nextCursor: page.nextCursor } }, 200);
  });

  app.openapi(replayAllRoute, async (c) => {
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

  app.openapi(replayOneRoute, async (c) => {
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

  app.openapi(discardRoute, async (c) => {
    const submissionId = c.req.valid("param").submissionId.toLowerCase();
    if (!(await discardDeadLetter(c.env, submissionId))) {
      throw new ApiError("NOT_FOUND", "No such dead letter.");
    }
    c.get("services").log.info("dead_letters.discarded", { submissionId });
    return c.body(null, 204);
  });
}
