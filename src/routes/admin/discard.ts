import { createRoute } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { discardDeadLetter } from "../../delivery/replay";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";
import { submissionParams, UNAUTHORIZED } from "./schemas";

const route = createRoute({
  method: "delete",
  path: "/v1/admin/dead-letters/{submissionId}",
  ...(OPENAPI_METADATA && {
    operationId: "discardDeadLetter",
    tags: ["Operator"],
    summary: "Discard a dead-lettered submission",
    description:
      "Forgets a submission an operator resolved by hand (its stored content is deleted). It will not be delivered.",
    security: operatorSecurity,
  }),
  middleware: [guard({ params: submissionParams, body: JSON_BODY }), operatorOnly] as const,
  request: { params: submissionParams },
  responses: OPENAPI_METADATA && {
    204: { description: "Discarded." },
    ...errorResponses({
      INVALID_REQUEST: "A submission ID of the wrong shape.",
      UNAUTHORIZED,
      NOT_FOUND: "No such dead letter.",
      UNSUPPORTED_MEDIA_TYPE: "A body that is not JSON.",
    }),
  },
});

/** Registers `DELETE /v1/admin/dead-letters/{submissionId}` (operators only). */
export function registerDiscardDeadLetterRoute(app: App): void {
  app.openapi(route, async (c) => {
    const submissionId = c.req.valid("param").submissionId.toLowerCase();
    if (!(await discardDeadLetter(c.env, submissionId))) {
      throw new ApiError("NOT_FOUND", "No such dead letter.");
    }
    c.get("services").log.info("dead_letters.discarded", { submissionId });
    return c.body(null, 204);
  });
}
