import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { ListNameParam } from "../../routes/schemas";
import { ASSETS } from "../assets.gen";
import { Fragment } from "../components/layout";
import { sendHtml } from "../respond";
import { ListBody, loadListPage } from "../views/list";
import { htmlErrorResponses, htmlOk, SiteListQuery } from "./schemas";

const params = z.object({ list: ListNameParam });

const route = createRoute({
  method: "get",
  path: "/fragments/jobs/{list}",
  ...(OPENAPI_METADATA && {
    operationId: "getListFragment",
    tags: ["Site"],
    security: [],
    summary: "The list page as an HTML fragment",
    description:
      "The list page's markup without `<html>`, for sites that include it server-side; same query string. CORS for `ALLOWED_ORIGINS`, cached and ETagged like the JSON reads.",
  }),
  middleware: guard({ params, list: "site", rateLimit: "read" }),
  request: { params, query: SiteListQuery },
  responses: OPENAPI_METADATA && { 200: htmlOk("The fragment."), ...htmlErrorResponses },
});

/** Registers `GET /fragments/jobs/{list}`. */
export function registerListFragmentRoute(app: App): void {
  app.openapi(route, async (c) => {
    const data = await loadListPage(c, c.req.valid("param").list);
    return sendHtml(
      c,
      data.view,
      () => (
        <Fragment view={data.view}>
          {/* Its own stylesheet (list styles only, by its absolute URL): the host page keeps its look. */}
          <link rel="stylesheet" href={`${data.view.site.origin}${ASSETS["jobs.css"]}`} />
          <ListBody data={data} />
        </Fragment>
      ),
      { memo: true, freshness: data.list, cache: data.result.cache, fragment: true },
    );
  });
}
