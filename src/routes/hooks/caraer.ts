import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { invalidateObject } from "../../hooks/invalidate";
import { WebhookPayloadSchema } from "../../hooks/payload";
import { presentedSecret } from "../../hooks/verify";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { fieldIssues } from "../../http/issues";
import { errorResponses } from "../../http/openapi-errors";
import { parseJsonBody } from "../../security/json-depth";
import { secretMatches } from "../../security/secret";
import { guard, JSON_BODY } from "../guard";

const route = createRoute({
  method: "post",
  path: "/v1/hooks/caraer",
  ...(OPENAPI_METADATA && {
    operationId: "receiveCaraerWebhook",
    tags: ["Operator"],
    summary: "Caraer webhook receiver (cache invalidation)",
    description:
      "Subscribe Caraer's `record.<object>.created|updated|deleted` topics to this URL. Authenticate with `Authorization: Bearer <WEBHOOK_SECRET>` or `?secret=<WEBHOOK_SECRET>`. A record event bumps its object's cache generation: the object's cached lists miss, and its cached records, previews and CMS pages revalidate before they are served again.",
    security: [{ webhookSecret: [] }, { webhookSecretQuery: [] }],
  }),
  request: {
    // A plain JSON Schema, not zod: the handler authenticates before it parses the body.
    body: OPENAPI_METADATA && {
      required: true,
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["event", "record"],
            properties: {
              event: { type: "object", properties: { type: { type: "string" } } },
              record: {
                type: "object",
                properties: {
                  record: {
                    type: "object",
                    properties: {
                      uuid: { type: "string", format: "uuid" },
                      objectName: { type: "string" },
                    },
                  },
                },
              },
              companyUuid: { type: "string", format: "uuid" },
            },
          },
          examples: {
            vacancyUpdated: {
              summary: "A demo vacancy was updated",
              value: {
                event: { type: "record.vacancy.updated" },
                record: {
                  record: { uuid: "30000000-0000-4000-8000-000000000001", objectName: "vacancy" },
                },
                companyUuid: "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f",
              },
            },
          },
        },
      },
    },
  },
  middleware: guard({ body: { ...JSON_BODY, required: true } }),
  responses: OPENAPI_METADATA && {
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
          examples: {
            invalidated: {
              summary: "The vacancy object's caches were invalidated",
              value: { data: { invalidated: { object: "vacancy", generation: 2 } } },
            },
          },
        },
      },
    },
    ...errorResponses({
      INVALID_REQUEST: "Not a Caraer record event, or nested too deep.",
      UNAUTHORIZED: "Missing or wrong secret; nothing changes.",
      NOT_FOUND: "The deployment's CRM is not Caraer (Kasar sends no webhooks).",
      PAYLOAD_TOO_LARGE: "",
      UNSUPPORTED_MEDIA_TYPE: "Not `application/json`.",
    }),
  },
});

/** Registers `POST /v1/hooks/caraer`. */
export function registerCaraerHookRoute(app: App): void {
  if (OPENAPI_METADATA) {
    app.openAPIRegistry.registerComponent("securitySchemes", "webhookSecret", {
      type: "http",
      scheme: "bearer",
      description: "The `WEBHOOK_SECRET` secret, as `Authorization: Bearer <WEBHOOK_SECRET>`.",
    });
    app.openAPIRegistry.registerComponent("securitySchemes", "webhookSecretQuery", {
      type: "apiKey",
      in: "query",
      name: "secret",
      description:
        "The `WEBHOOK_SECRET` secret as `?secret=`, for senders that cannot set headers.",
    });
  }
  app.openapi(route, async (c) => {
    const { config, log } = c.get("services");
    // Kasar documents no webhooks (docs/kasar-contract.md): there is nothing to receive.
    if (config.CRM !== "caraer")
      throw new ApiError("NOT_FOUND", "This deployment receives no webhooks.");
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
