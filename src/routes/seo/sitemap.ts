import { createRoute } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { errorResponses } from "../../http/openapi-errors";
import { readAllRecords, SITEMAP_MAX_RECORDS_PER_LIST } from "../../seo/site-records";
import { buildSitemap, latest, type SitemapUrl } from "../../seo/sitemap";
import { readContext } from "../../services/read-context";
import { canonicalUrl, requireSite } from "../../site/context";
import { vacancyPath } from "../../site/data";
import { guard } from "../guard";
import { READ_ERRORS } from "../schemas";
import { cachedXmlResponses, sendCachedXml } from "./xml-route";

const route = createRoute({
  method: "get",
  path: "/sitemap.xml",
  ...(OPENAPI_METADATA && {
    operationId: "getSitemap",
    tags: ["Site"],
    security: [],
    summary: "Sitemap of the careers site",
    description: [
      "The site's home, each list page and every vacancy of the lists `SITE` shows (up to",
      `${SITEMAP_MAX_RECORDS_PER_LIST} per list), with canonical URLs on \`SITE.origin\` and \`lastmod\``,
      "from the record's `updatedAt`. Built from the same cached list reads as `GET /v1/lists/{list}`,",
      "so a vacancy that leaves a list leaves the sitemap with the list's next refresh or webhook.",
      "Answers 404 without `SITE`.",
    ].join(" "),
  }),
  middleware: guard({ rateLimit: "read" }),
  responses: OPENAPI_METADATA && {
    ...cachedXmlResponses("A sitemaps.org 0.9 `urlset`.", "application/xml"),
    ...errorResponses({ ...READ_ERRORS, NOT_FOUND: "No `SITE` configured." }),
  },
});

/** Registers `GET /sitemap.xml`. */
export function registerSitemapRoute(app: App): void {
  app.openapi(route, async (c) => {
    const view = await requireSite(c);
    const { LISTS } = c.get("services").config;
    const ctx = readContext(c);
    const shown = Object.entries(view.site.lists).flatMap(([name, settings]) => {
      const list = LISTS[name];
      return list ? [{ name, settings, list }] : [];
    });
    const lists = await Promise.all(
      shown.map(async ({ name, settings, list }) => {
        const { records, reads } = await readAllRecords(ctx, name, list);
        const vacancies: SitemapUrl[] = records.map((record) => ({
          loc: canonicalUrl(view, vacancyPath(name, record, settings.slug)),
          lastmod: record.updatedAt ?? null,
        }));
        const page = {
          loc: canonicalUrl(view, `/jobs/${name}`),
          lastmod: latest(vacancies.map((v) => v.lastmod)),
        };
        return { urls: [page, ...vacancies], reads };
      }),
    );
    const home: SitemapUrl = {
      loc: canonicalUrl(view, "/"),
      lastmod: latest(lists.map((list) => list.urls[0]?.lastmod)),
    };
    const body = buildSitemap([home, ...lists.flatMap((list) => list.urls)]);
    const definitions = shown.map((entry) => entry.list);
    return sendCachedXml(
      c,
      lists.flatMap((list) => list.reads),
      body,
      {
        ttl: Math.min(60, ...definitions.map((list) => list.ttl)),
        staleTtl: Math.min(86_400, ...definitions.map((list) => list.staleTtl)),
      },
      "application/xml",
    );
  });
}
