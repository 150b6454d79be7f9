import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { ledgerOf } from "../../delivery/bindings";
import { safeRedirect } from "../../forms/redirect";
import type { App } from "../../http/context";
import { FormUuidParam, SubmissionIdParam } from "../../routes/forms/schemas";
import { guard } from "../../routes/guard";
import { Document } from "../components/layout";
import { sendHtml } from "../respond";
import { htmlErrorResponses } from "../routes/schemas";
import { loadForm, loadRelated } from "./load";
import { FormFragment, FormPage, formCsp, formProps, SubmittedContent } from "./page";

const html = OPENAPI_METADATA && { "text/html": { schema: z.string() } };

const FormQuery = z.object({
  vacancy: z
    .string()
    .optional()
    .openapi(
      OPENAPI_METADATA && {
        description:
          "UUID of the record the form is for (the form's `relation` list, e.g. a vacancy): posted as `relatedRecordUuid`.",
        example: "30000000-0000-4000-8000-000000000001",
      },
    ),
});

const uncachedHtml = (description: string) => ({
  description,
  headers: z.object({
    "Cache-Control": z.string().openapi(OPENAPI_METADATA && { example: "no-store" }),
    "Content-Security-Policy": z.string(),
  }),
  content: html,
});

const formParams = z.object({ formUuid: FormUuidParam });
const receivedParams = z.object({ formUuid: FormUuidParam, submissionId: SubmissionIdParam });

const pageRoute = createRoute({
  method: "get",
  path: "/forms/{formUuid}",
  ...(OPENAPI_METADATA && {
    operationId: "getFormPage",
    tags: ["Site"],
    security: [],
    summary: "A form as a page of the site",
    description:
      "The form rendered on the server from its definition: every input with its label, help text, required marker and the constraint attributes that mirror the edge's checks; steps and information slides; honeypot, render time, idempotency token and Turnstile widget. Works without JavaScript: it posts to the submissions route, which answers a 422 with this form again (values kept, errors linked). Not cached: each render has its own idempotency token.",
  }),
  middleware: guard({ params: formParams, rateLimit: "read" }),
  request: { params: formParams, query: FormQuery },
  responses: OPENAPI_METADATA && {
    200: uncachedHtml("The form page."),
    ...htmlErrorResponses,
  },
});

const fragmentRoute = createRoute({
  method: "get",
  path: "/fragments/forms/{formUuid}",
  ...(OPENAPI_METADATA && {
    operationId: "getFormFragment",
    tags: ["Site"],
    security: [],
    summary: "A form as an HTML fragment",
    description:
      "The form page's `<form>` without `<html>`, for other sites' servers and the embed script (`/embed.js`); CORS for `ALLOWED_ORIGINS`. Not cached: each render has its own idempotency token and render time.",
  }),
  middleware: guard({ params: formParams, rateLimit: "read" }),
  request: { params: formParams, query: FormQuery },
  responses: OPENAPI_METADATA && {
    200: uncachedHtml("The fragment."),
    ...htmlErrorResponses,
  },
});

const receivedRoute = createRoute({
  method: "get",
  path: "/forms/{formUuid}/received/{submissionId}",
  ...(OPENAPI_METADATA && {
    operationId: "getReceivedPage",
    tags: ["Site"],
    security: [],
    summary: "After a plain form post that was queued",
    description:
      "Where an edge-rendered form lands when its submission was accepted but not yet delivered (202): says it was received and will be delivered, links the status route and the form's redirect. Delivered submissions show the thank-you message.",
  }),
  middleware: guard({ params: receivedParams, rateLimit: "read" }),
  request: { params: receivedParams },
  responses: OPENAPI_METADATA && {
    200: uncachedHtml("The page."),
    ...htmlErrorResponses,
  },
});

/** Registers the HTML form routes: the page, the fragment and the received page. */
export function registerFormPageRoutes(app: App): void {
  app.openapi(pageRoute, async (c) => {
    const loaded = await loadForm(c, c.req.valid("param").formUuid);
    const related = await loadRelated(c, loaded, c.req.valid("query").vacancy);
    const form = formProps(loaded, related, { headingLevel: 1 });
    return sendHtml(c, loaded.view, <FormPage view={loaded.view} form={form} />, {
      csp: formCsp(loaded),
    });
  });

  app.openapi(fragmentRoute, async (c) => {
    const loaded = await loadForm(c, c.req.valid("param").formUuid);
    const related = await loadRelated(c, loaded, c.req.valid("query").vacancy);
    const form = formProps(loaded, related, { headingLevel: 2, fragment: true });
    return sendHtml(c, loaded.view, <FormFragment view={loaded.view} form={form} />, {
      csp: formCsp(loaded),
      fragment: true,
    });
  });

  app.openapi(receivedRoute, async (c) => {
    const params = c.req.valid("param");
    const loaded = await loadForm(c, params.formUuid);
    const { t, served, definition } = loaded;
    const submissionId = params.submissionId.toLowerCase();
    const status = await ledgerOf(c.env, submissionId)?.status(served.uuid);
    const delivered = status === "delivered";
    const title = delivered ? definition.form.label || t("thankYouTitle") : t("receivedTitle");
    const message = delivered
      ? definition.form.thankYouMessage || t("thankYouDefault")
      : status === "failed"
        ? t("failedState")
        : t("received");
    const continueUrl =
      served.settings.redirectUrl ?? safeRedirect(definition.form.redirectUrl) ?? null;
    return sendHtml(
      c,
      loaded.view,
      <Document view={loaded.view} title={title} noindex>
        <SubmittedContent
          t={t}
          title={title}
          message={message}
          statusUrl={delivered ? null : `/v1/forms/${served.uuid}/submissions/${submissionId}`}
          continueUrl={continueUrl}
        />
      </Document>,
    );
  });
}
