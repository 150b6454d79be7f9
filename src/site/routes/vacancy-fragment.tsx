import { createRoute } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { App } from "../../http/context";
import { guard } from "../../routes/guard";
import { Fragment } from "../components/layout";
import { VacancyBody } from "../views/vacancy";
import { htmlErrorResponses, htmlOk, VacancyParams } from "./schemas";
import { sendVacancy } from "./vacancy-response";

const route = createRoute({
  method: "get",
  path: "/fragments/jobs/{list}/{slug}",
  ...(OPENAPI_METADATA && {
    operationId: "getVacancyFragment",
    tags: ["Site"],
    security: [],
    summary: "The vacancy page as an HTML fragment",
    description:
      "The vacancy page's markup without `<html>`; CORS for `ALLOWED_ORIGINS`, cached and ETagged like the JSON reads. A UUID link to a record with a slug redirects (301) to the slug fragment.",
  }),
  middleware: guard({ params: VacancyParams, list: "site", rateLimit: "read" }),
  request: { params: VacancyParams },
  responses: OPENAPI_METADATA && {
    200: htmlOk("The fragment."),
    301: { description: "A UUID link: `Location` is the slug fragment." },
    ...htmlErrorResponses,
  },
});

/** Registers `GET /fragments/jobs/{list}/{slug}`. */
export function registerVacancyFragmentRoute(app: App): void {
  app.openapi(route, (c) =>
    sendVacancy(c, c.req.valid("param"), {
      fragment: true,
      render: (data) => (
        <Fragment view={data.view}>
          <VacancyBody data={data} />
        </Fragment>
      ),
    }),
  );
}
