import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { errorResponses } from "../../http/openapi-errors";
import { ListNameParam, SlugParam } from "../../routes/schemas";

/** Path parameters of a vacancy: the list and the public slug (or the UUID). */
export const VacancyParams = z.object({
  list: ListNameParam,
  slug: SlugParam.openapi(
    OPENAPI_METADATA && {
      description:
        "The list's public slug property value, or the record UUID (redirected to the slug).",
      example: "senior-frontend-developer-amsterdam",
    },
  ),
});

/** The list page's query: the JSON API's, with empty form controls ignored. */
export const SiteListQuery = z.object({
  q: z
    .string()
    .optional()
    .openapi(
      OPENAPI_METADATA && { description: "Search text (the list's `searchable` properties)." },
    ),
  sort: z
    .string()
    .optional()
    .openapi(
      OPENAPI_METADATA && {
        description: "`prop` or `-prop`, as in the JSON API.",
        example: "-publish_date",
      },
    ),
  page: z
    .string()
    .optional()
    .openapi(OPENAPI_METADATA && { description: "1-based page number.", example: "1" }),
  limit: z
    .string()
    .optional()
    .openapi(OPENAPI_METADATA && { description: "Page size, up to the list's `maxPageSize`." }),
});

const html = OPENAPI_METADATA && { "text/html": { schema: z.string() } };

/** Response headers of a cached HTML page or fragment. */
const cachedHtmlHeaders =
  OPENAPI_METADATA &&
  z.object({
    ETag: z.string().openapi(
      OPENAPI_METADATA && {
        description: "Strong ETag of the HTML; send back in `If-None-Match` for a 304.",
      },
    ),
    "Cache-Control": z
      .string()
      .openapi(OPENAPI_METADATA && { example: "public, max-age=60, stale-while-revalidate=86400" }),
    "Content-Security-Policy": z.string(),
    "X-Cache": z
      .enum(["HIT", "MISS", "STALE"])
      .openapi(
        OPENAPI_METADATA && { description: "State of the read the HTML was rendered from." },
      ),
  });

/** The 200 of a site page or fragment. */
export function htmlOk(description: string) {
  return { description, headers: cachedHtmlHeaders, content: html };
}

/** Error answers of site routes: HTML pages (or fragments) with the JSON route's status. */
export const htmlErrorResponses = OPENAPI_METADATA && {
  304: { description: "Not modified (`If-None-Match` matched)." },
  ...errorResponses(
    {
      INVALID_REQUEST: "Invalid query: the site's error page.",
      NOT_FOUND:
        "No `SITE`, an unknown list, or a record outside the list's scope: the site's 404 page (JSON envelope when `SITE` is unset).",
      RATE_LIMITED: "",
      UPSTREAM_ERROR: "",
      UPSTREAM_UNAVAILABLE: "Caraer is unreachable and nothing is cached.",
      TEMPORARILY_UNAVAILABLE: "",
    },
    "html",
  ),
};
