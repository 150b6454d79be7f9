import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { CARAER_NAME, LIST_NAME } from "../config/patterns";

/** Path parameter: a record or form UUID (any 8-4-4-4-12 hex form). */
// zod's own UUID check, built here: a schema made before @hono/zod-openapi loads has no `.openapi`.
export const UuidParam = z
  .guid()
  .openapi(OPENAPI_METADATA && { example: "0b7e6a52-3c1d-4a8f-9e2b-5d6c7f8a9b01" });

/** Path parameter: a public list name from `LISTS`. */
export const ListNameParam = z
  .string()
  .regex(LIST_NAME)
  .openapi(OPENAPI_METADATA && { example: "vacancies" });

/** Path parameter: a Caraer name (preview, property). */
export const NameParam = z
  .string()
  .regex(CARAER_NAME)
  .openapi(OPENAPI_METADATA && { example: "card" });

/** Path parameter: a webpage slug. */
export const SlugParam = z
  .string()
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,127}$/)
  .openapi(OPENAPI_METADATA && { example: "careers" });

/** A record as the public API shows it. */
export const PublicRecordSchema =
  OPENAPI_METADATA &&
  z
    .object({
      uuid: z.string(),
      updatedAt: z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description:
              "When Caraer last changed the record (ISO 8601); absent when Caraer does not say.",
            example: "2026-01-12T09:30:00.000Z",
          },
        ),
      properties: z.record(z.string(), z.unknown()).openapi(
        OPENAPI_METADATA && {
          description: "Values of the object's public (`webpagePublic`) properties only.",
          example: { title: "Backend Engineer", location: "Amsterdam" },
        },
      ),
    })
    .openapi("PublicRecord");

/**
 * The error codes every public read can answer, with what each means there;
 * routes spread it into `errorResponses` and override what they say better.
 */
export const READ_ERRORS =
  OPENAPI_METADATA &&
  ({
    INVALID_REQUEST: "Invalid path or query parameters, one issue per parameter.",
    NOT_FOUND: "Unknown list, record, preview or page, or one outside the list's scope.",
    RATE_LIMITED: "",
    UPSTREAM_ERROR: "",
    UPSTREAM_UNAVAILABLE:
      "Caraer is unreachable and nothing is cached; try again after `Retry-After`.",
    TEMPORARILY_UNAVAILABLE: "",
  } as const);

/** Response headers of cached public reads. */
export const cachedReadHeaders =
  OPENAPI_METADATA &&
  z.object({
    ETag: z
      .string()
      .openapi(OPENAPI_METADATA && { description: "Send back in `If-None-Match` for a 304." }),
    "Cache-Control": z
      .string()
      .openapi(OPENAPI_METADATA && { example: "public, max-age=60, stale-while-revalidate=86400" }),
    "X-Cache": z.enum(["HIT", "MISS", "STALE"]),
  });
