import { createRoute } from "@hono/zod-openapi";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { recordTitle } from "../components/job-list";
import { Document } from "../components/layout";
import { sendHtml } from "../respond";
import { JsonLd, jobPostingJsonLd } from "../structured-data";
import { descriptionOf, loadVacancy, VacancyBody } from "../views/vacancy";
import { htmlErrorResponses, htmlOk, VacancyParams } from "./schemas";

const route = createRoute({
  method: "get",
  path: "/jobs/{list}/{slug}",
  tags: ["Site"],
  summary: "The careers site's vacancy page",
  description:
    "Title, public properties (labelled from the properties index, formatted by type), description, how to apply, and JSON-LD `JobPosting`. A UUID link to a record with a slug redirects (301) to the slug URL. Outside the list's scope or missing: 404, exactly as `GET /v1/lists/{list}/{uuid}`.",
  middleware: guard({ params: VacancyParams, list: "site", rateLimit: "read" }),
  request: { params: VacancyParams },
  responses: {
    200: htmlOk("The vacancy page."),
    301: { description: "A UUID link: `Location` is the vacancy's slug URL." },
    ...htmlErrorResponses,
  },
});

/** Registers `GET /jobs/{list}/{slug}`. */
export function registerVacancyRoute(app: App): void {
  app.openapi(route, async (c) => {
    const { list, slug } = c.req.valid("param");
    const found = await loadVacancy(c, list, slug);
    if ("redirect" in found) return c.redirect(found.redirect, 301);
    const { data } = found;
    const jsonLd = jobPostingJsonLd(data, c.get("services").log);
    return sendHtml(
      c,
      data.view,
      <Document
        view={data.view}
        title={recordTitle(data.record, data.shown)}
        description={descriptionOf(data)?.slice(0, 300)}
        canonical={data.canonical}
        type="article"
        current={data.name}
        head={jsonLd && <JsonLd data={jsonLd} />}
      >
        <VacancyBody data={data} />
      </Document>,
      { freshness: data.list, cache: data.cache, csp: data.application?.csp },
    );
  });
}
