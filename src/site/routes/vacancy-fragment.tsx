import { createRoute } from "@hono/zod-openapi";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { Fragment } from "../components/layout";
import { sendHtml } from "../respond";
import { loadVacancy, VacancyBody } from "../views/vacancy";
import { htmlErrorResponses, htmlOk, VacancyParams } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/fragments/jobs/{list}/{slug}",
  tags: ["Site"],
  summary: "The vacancy page as an HTML fragment",
  description:
    "The vacancy page's markup without `<html>`; CORS for `ALLOWED_ORIGINS`, cached and ETagged like the JSON reads. A UUID link to a record with a slug redirects (301) to the slug fragment.",
  middleware: guard({ params: VacancyParams, list: "site", rateLimit: "read" }),
  request: { params: VacancyParams },
  responses: {
    200: htmlOk("The fragment."),
    301: { description: "A UUID link: `Location` is the slug fragment." },
    ...htmlErrorResponses,
  },
});

/** Registers `GET /fragments/jobs/{list}/{slug}`. */
export function registerVacancyFragmentRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { list, slug } = c.req.valid("param");
    const found = await loadVacancy(c, list, slug);
    if ("redirect" in found) return c.redirect(`/fragments${found.redirect}`, 301);
    return sendHtml(
      c,
      found.data.view,
      <Fragment view={found.data.view}>
        <VacancyBody data={found.data} />
      </Fragment>,
      {
        freshness: found.data.list,
        cache: found.data.cache,
        fragment: true,
        csp: found.data.application?.csp,
      },
    );
  });
}
