import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { SlugParam } from "../../routes/schemas";
import { Document } from "../components/layout";
import { sendHtml } from "../respond";
import { CmsBody, loadCmsPage } from "../views/cms";
import { htmlErrorResponses, htmlOk } from "./schemas";

const params = z.object({ rootSlug: SlugParam, slug: SlugParam });

const route = createRoute({
  method: "get",
  path: "/pages/{rootSlug}/{slug}",
  ...(OPENAPI_METADATA && {
    operationId: "getCmsPage",
    tags: ["Site"],
    security: [],
    summary: "A Caraer CMS webpage as HTML",
    description:
      "A published webpage (as `GET /v1/pages/{rootSlug}/{slug}`) rendered as semantic HTML: `metaData` becomes the title, description and OpenGraph tags, rich text is sanitised with an allowlist, unknown components render nothing.",
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && { 200: htmlOk("The page."), ...htmlErrorResponses },
});

/** Registers `GET /pages/{rootSlug}/{slug}`. */
export function registerCmsPageRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { rootSlug, slug } = c.req.valid("param");
    const data = await loadCmsPage(c, rootSlug, slug, `/pages/${rootSlug}/${slug}`);
    return sendHtml(
      c,
      data.ctx.view,
      <Document view={data.ctx.view} {...data.meta}>
        <CmsBody data={data} />
      </Document>,
      { freshness: data.freshness, cache: data.cache },
    );
  });
}
