import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { parseFormDefinition, readFormDefinition } from "../../forms/definition";
import { ThankYouPage } from "../../forms/html";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { readContext } from "../../reads/context";
import { guard } from "../guard";
import { errorResponse, FormUuidParam } from "./schemas";

/** Shown when the form has no `thankYouMessage`. */
const DEFAULT_MESSAGE = "Thank you! We received your submission.";

const params = z.object({ formUuid: FormUuidParam });

const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}/thank-you",
  tags: ["Forms"],
  summary: "The built-in thank-you page",
  description:
    "Where a plain HTML form post lands when neither `FORMS[form].redirectUrl` nor the form's `redirectUrl` is set: shows the form's `thankYouMessage`.",
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: {
    200: { description: "The page.", content: { "text/html": { schema: z.string() } } },
    404: errorResponse("Unknown or unserved form (`NOT_FOUND`)."),
  },
});

/** Registers `GET /v1/forms/{formUuid}/thank-you`. */
export function registerThankYouRoute(app: App): void {
  app.openapi(route, async (c) => {
    const served = servedForm(c.get("services").config, c.req.valid("param").formUuid);
    const cached = await readFormDefinition(readContext(c), served);
    if (!cached) throw new ApiError("NOT_FOUND", "No such form.");
    const { form } = parseFormDefinition(cached);
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
