import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { errorResponses } from "../../http/openapi-errors";
import { sendCached } from "../../reads/respond";
import { buildRobots } from "../../seo/robots";
import { composeCached } from "../../seo/site-records";
import { requireSite } from "../../site/context";
import { guard } from "../guard";

/** How long crawlers and CDNs may keep `robots.txt`: it changes only with the configuration. */
const ROBOTS_FRESHNESS = { ttl: 3_600, staleTtl: 86_400 };

const route = createRoute({
  method: "get",
  path: "/robots.txt",
  ...(OPENAPI_METADATA && {
    operationId: "getRobots",
    tags: ["Site"],
    security: [],
    summary: "Crawler rules of the careers site",
    description:
      "Allows the site, keeps crawlers off the JSON API (`/v1/`) and the fragments, and names the sitemap by its canonical URL on `SITE.origin`. Answers 404 without `SITE`.",
  }),
  middleware: guard({ rateLimit: "read" }),
  responses: OPENAPI_METADATA && {
    200: {
      description: "robots.txt.",
      content: { "text/plain": { schema: z.string() } },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
    ...errorResponses({
      NOT_FOUND: "No `SITE` configured.",
      RATE_LIMITED: "",
      TEMPORARILY_UNAVAILABLE: "",
    }),
  },
});

/** Registers `GET /robots.txt`. */
export function registerRobotsRoute(app: App): void {
  app.openapi(route, async (c) => {
    const view = await requireSite(c);
    const cached = await composeCached([], buildRobots(view.site.origin));
    return sendCached(c, cached, ROBOTS_FRESHNESS, { contentType: "text/plain; charset=UTF-8" });
  });
}
