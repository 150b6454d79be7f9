import { createRoute } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { recordTitle } from "../components/job-list";
import { Document } from "../components/layout";
import { JsonLd, jobPostingJsonLd } from "../structured-data";
import { descriptionOf, VacancyBody } from "../views/vacancy";
import { htmlErrorResponses, htmlOk, VacancyParams } from "./schemas";
import { sendVacancy } from "./vacancy-response";

const route = createRoute({
  method: "get",
  path: "/jobs/{list}/{slug}",
  ...(OPENAPI_METADATA && {
    operationId: "getVacancyPage",
    tags: ["Site"],
    security: [],
    summary: "The careers site's vacancy page",
    description:
      "Title, public properties (labelled from the properties index, formatted by type), description, how to apply, and JSON-LD `JobPosting`. A UUID link to a record with a slug redirects (301) to the slug URL. Outside the list's scope or missing: 404, exactly as `GET /v1/lists/{list}/{uuid}`.",
  }),
  middleware: guard({ params: VacancyParams, list: "site", rateLimit: "read" }),
  request: { params: VacancyParams },
  responses: OPENAPI_METADATA && {
    200: htmlOk("The vacancy page."),
    301: { description: "A UUID link: `Location` is the vacancy's slug URL." },
    ...htmlErrorResponses,
  },
});

/** Registers `GET /jobs/{list}/{slug}`. */
export function registerVacancyRoute(app: App): void {
  app.openapi(route, (c) =>
    sendVacancy(c, c.req.valid("param"), {
      fragment: false,
      render: (data) => {
        const jsonLd = jobPostingJsonLd(data, c.get("services").log);
        return (
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
          </Document>
        );
      },
    }),
  );
}
