import * as z from "zod/v4";
import { CARAER_NAME, LIST_NAME } from "../config/patterns";
import { ErrorEnvelopeSchema } from "../http/errors";

/** Path parameter: a record or form UUID (any 8-4-4-4-12 hex form). */
// zod's own UUID check, built here: a schema made before @hono/zod-openapi loads has no `.openapi`.
export const UuidParam = z.guid().openapi({ example: "0b7e6a52-3c1d-4a8f-9e2b-5d6c7f8a9b01" });

/** Path parameter: a public list name from `LISTS`. */
export const ListNameParam = z.string().regex(LIST_NAME).openapi({ example: "vacancies" });

/** Path parameter: a Caraer name (preview, property). */
export const NameParam = z.string().regex(CARAER_NAME).openapi({ example: "card" });

/** Path parameter: a webpage slug. */
export const SlugParam = z
  .string()
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,127}$/)
  .openapi({ example: "careers" });

/** A record as the public API shows it. */
export const PublicRecordSchema = z
  .object({
    uuid: z.string(),
    updatedAt: z.string().optional().openapi({
      description:
        "When Caraer last changed the record (ISO 8601); absent when Caraer does not say.",
      example: "2026-01-12T09:30:00.000Z",
    }),
    properties: z.record(z.string(), z.unknown()).openapi({
      description: "Values of the object's public (`webpagePublic`) properties only.",
      example: { title: "Backend Engineer", location: "Amsterdam" },
    }),
  })
  .openapi("PublicRecord");

const errorContent = { "application/json": { schema: ErrorEnvelopeSchema } };

/** Error responses shared by the public read routes. */
export const readErrorResponses = {
  400: {
    description: "Invalid parameters (`INVALID_REQUEST`, with `issues`).",
    content: errorContent,
  },
  404: {
    description: "Unknown list, record, preview or page (`NOT_FOUND`).",
    content: errorContent,
  },
  429: {
    description: "Too many requests from this client (`RATE_LIMITED`).",
    content: errorContent,
  },
  502: { description: "Caraer answered unexpectedly (`UPSTREAM_ERROR`).", content: errorContent },
  503: {
    description:
      "Caraer is unreachable and nothing is cached (`UPSTREAM_UNAVAILABLE`, with `Retry-After`).",
    content: errorContent,
  },
} as const;

/** Response headers of cached public reads. */
export const cachedReadHeaders = z.object({
  ETag: z.string().openapi({ description: "Send back in `If-None-Match` for a 304." }),
  "Cache-Control": z
    .string()
    .openapi({ example: "public, max-age=60, stale-while-revalidate=86400" }),
  "X-Cache": z.enum(["HIT", "MISS", "STALE"]),
});
