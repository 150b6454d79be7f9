import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { invalidateObject } from "../../hooks/invalidate";
import { WebhookPayloadSchema } from "../../hooks/payload";
import { presentedSecret } from "../../hooks/verify";
import type { App } from "../../http/context";
import { ApiError, ErrorEnvelopeSchema } from "../../http/errors";
import { fieldIssues } from "../../http/issues";
import { parseJsonBody } from "../../security/json-depth";
import { secretMatches } from "../../security/secret";
import { guard, JSON_BODY } from "../guard";

const errorContent = { "application/json": { schema: ErrorEnvelopeSchema } };

const route = createRoute({
  method: "post",
  path: "/v1/hooks/caraer",
  tags: ["Webhooks"],
  summary: "Caraer webhook receiver (cache invalidation)",
  description:
    "Subscribe Caraer's `record.<object>.created|updated|deleted` topics to this URL. Authenticate with `Authorization: Bearer <WEBHOOK_SECRET>` or `?secret=<WEBHOOK_SECRET>`. A record event bumps its object's cache generation: the object's cached lists miss, and its cached records, previews and CMS pages revalidate before they are served again.",
  security: [{ webhookSecret: [] }],
  middleware: guard({ body: { ...JSON_BODY, required: true } }),
  responses: {
    200: {
      description:
        "Received; `invalidated` says what was invalidated (null when the event is for another company).",
      content: {
        "application/json": {
          schema: z.object({
            data: z.object({
              invalidated: z.object({ object: z.string(), generation: z.number() }).nullable(),
            }),
          }),
        },
      },
    },
    400: {
      description: "Not a Caraer record event, or nested too deep (`INVALID_REQUEST`).",
      content: errorContent,
    },
    401: {
      description: "Missing or wrong secret (`UNAUTHORIZED`); nothing changes.",
      content: errorContent,
    },
  },
});

/** Registers `POST /v1/hooks/caraer`. */
export function registerCaraerHookRoute(app: App): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "webhookSecret", {
    type: "http",
    scheme: "bearer",
    description: "The WEBHOOK_SECRET setting.",
  });
  app.openapi(route, async (c) => {
    const { config, log } = c.get("services");
    // Authenticate before reading the body: an unauthenticated caller gets no parsing work done.
    if (!(await secretMatches(presentedSecret(c.req.raw), config.WEBHOOK_SECRET))) {
      throw new ApiError("UNAUTHORIZED", "Missing or invalid webhook secret.");
    }
    const json = parseJsonBody(await c.req.text(), "The body is not JSON.");
    const parsed = WebhookPayloadSchema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError("INVALID_REQUEST", "Not a Caraer record event.", {
        issues: fieldIssues(parsed.error, "(body)"),
      });
    }
    const { event, record, companyUuid } = parsed.data;
    if (companyUuid && companyUuid.toLowerCase() !== config.CARAER_COMPANY_UUID.toLowerCase()) {
      log.warn("webhook.other_company", { eventType: event.type });
      return c.json({ data: { invalidated: null } }, 200);
    }
    const invalidated = await invalidateObject(c.env.CACHE_GENERATIONS, record.record.objectName);
    log.info("webhook.invalidated", { eventType: event.type, ...invalidated });
    return c.json({ data: { invalidated } }, 200);
  });
}
