import { createRoute } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { CacheState } from "../../cache/entry";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { readContext } from "../../services/read-context";
import { JobList } from "../components/job-list";
import { Document } from "../components/layout";
import { canonicalUrl, requireSite } from "../context";
import { loadListView } from "../data";
import { sendHtml } from "../respond";
import { CmsBody, loadCmsPage } from "../views/cms";
import { htmlErrorResponses, htmlOk } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/",
  ...(OPENAPI_METADATA && {
    operationId: "getHomePage",
    tags: ["Site"],
    security: [],
    summary: "The careers site's home page",
    description:
      "The site's title and intro with the newest vacancies of each list in `SITE.lists`, or the CMS page `SITE.home` when configured.",
  }),
  middleware: guard({ rateLimit: "read" }),
  responses: OPENAPI_METADATA && { 200: htmlOk("The home page."), ...htmlErrorResponses },
});

/** Registers `GET /`. */
export function registerHomeRoute(app: App): void {
  app.openapi(route, async (c) => {
    const view = await requireSite(c);
    const { site } = view;
    if (site.home) {
      const data = await loadCmsPage(c, site.home.rootSlug, site.home.slug, "/");
      return sendHtml(
        c,
        view,
        <Document view={view} {...data.meta} current="home">
          <CmsBody data={data} />
        </Document>,
        { freshness: data.freshness, cache: data.cache },
      );
    }
    const { config } = c.get("services");
    const read = readContext(c);
    const sections = await Promise.all(
      Object.entries(site.lists).flatMap(([name, shown]) => {
        const list = config.LISTS[name];
        if (!list) return [];
        const limit = Math.min(Math.max(shown.homeCount, 1), list.maxPageSize);
        return [
          loadListView(read, name, list, new URLSearchParams({ limit: String(limit) })).then(
            (result) => ({ name, shown, list, result }),
          ),
        ];
      }),
    );
    // The page is as fresh as its least fresh list.
    const ttl = Math.min(...sections.map((s) => s.list.ttl), config.PAGE_TTL);
    const staleTtl = Math.min(...sections.map((s) => s.list.staleTtl), config.PAGE_STALE_TTL);
    const cache: CacheState = sections.some((s) => s.result.cache === "MISS")
      ? "MISS"
      : sections.some((s) => s.result.cache === "STALE")
        ? "STALE"
        : "HIT";
    return sendHtml(
      c,
      view,
      <Document
        view={view}
        title={site.title}
        description={site.intro || undefined}
        canonical={canonicalUrl(view, "/")}
        current="home"
      >
        <h1>{site.title}</h1>
        {site.intro && <p class="caraer-intro">{site.intro}</p>}
        {sections.map(({ name, shown, result }) => (
          <section class="caraer-section" aria-labelledby={`list-${name}`}>
            <div class="caraer-section__head">
              <h2 id={`list-${name}`}>{shown.title ?? name}</h2>
              <a href={`/jobs/${name}`}>{view.t("allJobs", { count: result.meta.total })}</a>
            </div>
            {shown.homeCount > 0 && (
              <JobList
                view={view}
                name={name}
                shown={shown}
                schema={result.schema}
                records={result.records.slice(0, shown.homeCount)}
              />
            )}
          </section>
        ))}
      </Document>,
      { freshness: { ttl, staleTtl }, cache },
    );
  });
}
