import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { ListNameParam } from "../../routes/schemas";
import { Document } from "../components/layout";
import { canonicalUrl } from "../context";
import { formQuery, isSearch, withPage } from "../data";
import { sendHtml } from "../respond";
import { ListBody, loadListPage } from "../views/list";
import { htmlErrorResponses, htmlOk, SiteListQuery } from "./schemas";

const params = z.object({ list: ListNameParam });

const route = createRoute({
  method: "get",
  path: "/jobs/{list}",
  ...(OPENAPI_METADATA && {
    operationId: "getListPage",
    tags: ["Site"],
    security: [],
    summary: "The careers site's list page",
    description:
      "Search box, a filter per `filterable` public property, sort, paging, result count and empty state, as a plain GET form. The query string is `GET /v1/lists/{list}`'s (`q`, `filter[prop]`, `sort`, `page`); empty controls are ignored. Searched, filtered and sorted pages are `noindex`.",
  }),
  middleware: guard({ params, list: "site", rateLimit: "read" }),
  request: { params, query: SiteListQuery },
  responses: OPENAPI_METADATA && {
    200: htmlOk("The list page."),
    302: {
      description:
        "The form sent empty controls: `Location` is the same query without them, exactly the JSON API's.",
    },
    ...htmlErrorResponses,
  },
});

/** Registers `GET /jobs/{list}`. */
export function registerSiteListRoute(app: App): void {
  app.openapi(route, async (c) => {
    const name = c.req.valid("param").list;
    // A GET form sends every control; the address a visitor shares is the API's query without the empty ones.
    const clean = formQuery(c.req.url);
    if (clean.toString() !== new URL(c.req.url).searchParams.toString()) {
      const query = clean.toString();
      return c.redirect(`/jobs/${name}${query ? `?${query}` : ""}`, 302);
    }
    const data = await loadListPage(c, name);
    const page = data.result.meta.page;
    return sendHtml(
      c,
      data.view,
      () => (
        <Document
          view={data.view}
          title={data.shown.title ?? data.name}
          description={data.shown.intro || undefined}
          canonical={canonicalUrl(
            data.view,
            `${data.action}${withPage(new URLSearchParams(), page)}`,
          )}
          noindex={isSearch(data.params)}
          current={data.name}
        >
          <ListBody data={data} />
        </Document>
      ),
      { memo: true, freshness: data.list, cache: data.result.cache },
    );
  });
}
