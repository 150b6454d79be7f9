import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { parseFormDefinition, readFormDefinition } from "../../forms/definition";
import { ThankYouPage } from "../../forms/html";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { readContext } from "../../services/read-context";
import { Document } from "../../site/components/layout";
import { siteView } from "../../site/context";
import { SubmittedContent } from "../../site/forms/page";
import { sendHtml } from "../../site/respond";
import { guard } from "../guard";
import { FormUuidParam } from "./schemas";

/** Shown when the form has no `thankYouMessage`. */
const DEFAULT_MESSAGE = "Thank you! We received your submission.";

const params = z.object({ formUuid: FormUuidParam });

const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}/thank-you",
  ...(OPENAPI_METADATA && {
    operationId: "getThankYouPage",
    tags: ["Forms"],
    summary: "The built-in thank-you page",
    description:
      "Where a plain HTML form post lands when neither `FORMS[form].redirectUrl` nor the form's `redirectUrl` is set: shows the form's `thankYouMessage`.",
    security: [],
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: { description: "The page.", content: { "text/html": { schema: z.string() } } },
    ...errorResponses({
      INVALID_REQUEST: "A form UUID of the wrong shape.",
      NOT_FOUND: "Unknown or unserved form.",
      RATE_LIMITED: "",
      UPSTREAM_ERROR: "",
      UPSTREAM_UNAVAILABLE: "",
      TEMPORARILY_UNAVAILABLE: "",
    }),
  },
});

/** Registers `GET /v1/forms/{formUuid}/thank-you`. */
export function registerThankYouRoute(app: App): void {
  app.openapi(route, async (c) => {
    const served = servedForm(c.get("services").config, c.req.valid("param").formUuid);
    const cached = await readFormDefinition(readContext(c), served);
    if (!cached) throw new ApiError("NOT_FOUND", "No such form.");
    const { form } = parseFormDefinition(cached);
    const view = await siteView(c.get("services").config.SITE);
    if (view) {
      // With a careers site, the page is one of its pages: its header, language and stylesheet.
      const title = form.label || view.t("thankYouTitle");
      const response = await sendHtml(
        c,
        view,
        <Document view={view} title={title} noindex>
          <SubmittedContent
            t={view.t}
            title={title}
            message={form.thankYouMessage || view.t("thankYouDefault")}
            statusUrl={null}
            continueUrl={null}
          />
        </Document>,
      );
      response.headers.set("Cache-Control", "public, max-age=300");
      return response;
    }
    c.header("Cache-Control", "public, max-age=300");
    return c.html(
      <ThankYouPage
        title={form.label || "Thank you"}
        message={form.thankYouMessage || DEFAULT_MESSAGE}
      />,
      200,
    );
  });
}
