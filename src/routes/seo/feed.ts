import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { errorResponses } from "../../http/openapi-errors";
import { buildAtomFeed } from "../../seo/atom";
import { feedEntry } from "../../seo/feed-entry";
import { FEED_SIZE, readNewestRecords } from "../../seo/site-records";
import { readContext } from "../../services/read-context";
import { canonicalUrl, requireSite, siteList } from "../../site/context";
import { vacancyPath } from "../../site/data";
import { guard } from "../guard";
import { ListNameParam, READ_ERRORS } from "../schemas";
import { cachedXmlResponses, sendCachedXml } from "./xml-route";

const params = z.object({ list: ListNameParam });

const route = createRoute({
  method: "get",
  path: "/jobs/{list}/feed.xml",
  ...(OPENAPI_METADATA && {
    operationId: "getListFeed",
    tags: ["Site"],
    security: [],
    summary: "Atom feed of a list's newest vacancies",
    description: [
      `The ${FEED_SIZE} newest vacancies of a list \`SITE\` shows, newest first (by the list's`,
      "`jobPosting.datePosted` property when the list may sort on it), with canonical URLs on",
      "`SITE.origin`. Built from the same cached list read as `GET /v1/lists/{list}`, so a vacancy",
      "that leaves the list leaves the feed with the list's next refresh or webhook. Answers 404",
      "without `SITE` or for a list the site does not show.",
    ].join(" "),
  }),
  middleware: guard({ params, list: "site", rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    ...cachedXmlResponses("An Atom 1.0 feed.", "application/atom+xml"),
    ...errorResponses({
      ...READ_ERRORS,
      NOT_FOUND: "No `SITE`, or a list the site does not show.",
    }),
  },
});

/** Registers `GET /jobs/{list}/feed.xml`; call before the vacancy page route, whose `{slug}` would claim it. */
export function registerFeedRoute(app: App): void {
  app.openapi(route, async (c) => {
    const view = await requireSite(c);
    const { name, shown, list } = siteList(c, view, c.req.valid("param").list);
    const mapping = shown.jobPosting;
    const { records, reads } = await readNewestRecords(
      readContext(c),
      name,
      list,
      mapping?.datePosted,
    );
    const cached = reads[0];
    const fetched = new Date(cached?.fetchedAt ?? Date.now()).toISOString();
    const entries = records.map((record) =>
      feedEntry(
        record,
        canonicalUrl(view, vacancyPath(name, record, shown.slug)),
        mapping,
        fetched,
      ),
    );
    const body = buildAtomFeed({
      selfUrl: canonicalUrl(view, `/jobs/${name}/feed.xml`),
      listUrl: canonicalUrl(view, `/jobs/${name}`),
      title: `${view.site.title}: ${shown.title ?? name}`,
      author: view.site.organisation.name,
      emptyUpdated: fetched,
      entries,
    });
    return sendCachedXml(c, reads, body, list, "application/atom+xml");
  });
}
