import { createRoute, z } from "@hono/zod-openapi";
import type { App } from "../../http/context";
import { ListNameParam } from "../../routes/schemas";
import { Document } from "../components/layout";
import { canonicalUrl } from "../context";
import { isSearch, withPage } from "../data";
import { sendHtml } from "../respond";
import { ListBody, loadListPage } from "../views/list";
import { htmlErrorResponses, htmlOk, SiteListQuery } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/jobs/{list}",
  tags: ["Site"],
  summary: "The careers site's list page",
  description:
    "Search box, a filter per `filterable` public property, sort, paging, result count and empty state, as a plain GET form. The query string is `GET /v1/lists/{list}`'s (`q`, `filter[prop]`, `sort`, `page`); empty controls are ignored. Searched, filtered and sorted pages are `noindex`.",
  request: { params: z.object({ list: ListNameParam }), query: SiteListQuery },
  responses: { 200: htmlOk("The list page."), ...htmlErrorResponses },
});

/** Registers `GET /jobs/{list}`. */
export function registerSiteListRoute(app: App): void {
  app.openapi(route, async (c) => {
    const data = await loadListPage(c, c.req.valid("param").list);
    const page = data.result.meta.page;
    return sendHtml(
      c,
      data.view,
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
      </Document>,
      { freshness: data.list, cache: data.result.cache },
    );
  });
}
