import { createRoute } from "@hono/zod-openapi";
import { discardDeadLetter } from "../../delivery/replay";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponse } from "../forms/schemas";
import { guard, JSON_BODY } from "../guard";
import { operatorOnly, operatorSecurity } from "./auth";
import { submissionParams, unauthorized } from "./schemas";

const route = createRoute({
  method: "delete",
  path: "/v1/admin/dead-letters/{submissionId}",
  tags: ["Operations"],
  summary: "Discard a dead-lettered submission",
  description:
    "Forgets a submission an operator resolved by hand (its stored content is deleted). It will not be delivered.",
  security: operatorSecurity,
  middleware: [guard({ params: submissionParams, body: JSON_BODY }), operatorOnly] as const,
  request: { params: submissionParams },
  responses: {
    204: { description: "Discarded." },
    401: unauthorized,
    404: errorResponse("No such dead letter (`NOT_FOUND`)."),
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
