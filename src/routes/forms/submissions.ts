import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { parseSubmissionBody, type RawSubmission } from "../../forms/body";
import { type FormDefinition, parseFormDefinition } from "../../forms/definition";
import { isHtmlPost } from "../../forms/html";
import { servedDefinition } from "../../forms/known";
import { withRouteOptions } from "../../forms/options";
import { safeRedirect } from "../../forms/redirect";
import { RESERVED_FIELDS } from "../../forms/reserved";
import type { ServedForm } from "../../forms/served";
import { handleSubmission, type SubmissionOutcome } from "../../forms/submit";
import type { App, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { admitted } from "../../ratelimit/admission";
import { clientAddress } from "../../security/client-address";
import { readContext } from "../../services/read-context";
import { formAgain, wantsFormPage } from "../../site/forms/again";
import { UpstreamError } from "../../upstream/errors";
import { formBody, guard, guardedForm } from "../guard";
import { htmlErrorPage } from "./pages";
import {
  EXAMPLE_UPLOAD_KEY,
  FormUuidParam,
  SubmissionAnswerSchema,
  submissionExamples,
} from "./schemas";

const valuesDescription =
  OPENAPI_METADATA &&
  `Property name → value. Reserved names (never sent to Caraer): the honeypot (\`FORMS[form].spam.honeypotField\`, default \`_website\`), \`${RESERVED_FIELDS.turnstileToken}\`, \`${RESERVED_FIELDS.loadedAt}\` and \`${RESERVED_FIELDS.idempotencyKey}\`.`;

const params = z.object({ formUuid: FormUuidParam });

const route = createRoute({
  method: "post",
  path: "/v1/forms/{formUuid}/submissions",
  ...(OPENAPI_METADATA && {
    operationId: "submitForm",
    tags: ["Forms"],
    summary: "Submit a form",
    description: [
      "Validates the values at the edge (all problems at once), then delivers them to Caraer: at once (201, `delivered`), or, when Caraer is slow or failing, through a queue with retries (202, `queued`).",
      "A submission is never lost: it is delivered, or dead-lettered for an operator. An `Idempotency-Key` (else a key derived from form, client address and payload) makes repeats answer like the first for at least 24 hours, with one record in Caraer; a repeat without a key never carries the `recordUuid`.",
      "Plain HTML form posts (URL-encoded or multipart, field names = property names, `relatedRecordUuid` as a field) are answered with a 303 to the form's redirect or a thank-you page, and errors with a readable page.",
    ].join(" "),
    security: [],
  }),
  middleware: guard({
    params,
    origin: true,
    // A plain HTML form may carry its files in the same post.
    body: formBody([
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]),
    rateLimit: "submission",
  }),
  request: {
    params,
    query: z.object({
      view: z
        .enum(["page"])
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description:
              "`page`: the post comes from an edge-rendered form (`GET /forms/{formUuid}`); a fixable refusal answers that form again, and a queued submission lands on `/forms/{formUuid}/received/{submissionId}`.",
          },
        ),
    }),
    headers: z.object({
      "Idempotency-Key": z
        .string()
        .optional()
        .openapi(
          OPENAPI_METADATA && {
            description: "1 to 255 visible ASCII characters, e.g. a UUID per attempt.",
          },
        ),
    }),
    body: OPENAPI_METADATA && {
      required: true,
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: {
              values: {
                type: "object",
                additionalProperties: true,
                description: valuesDescription,
              },
              relatedRecordUuid: {
                type: "string",
                format: "uuid",
                description: "A record of the form's configured relation list, e.g. a vacancy.",
              },
            },
            required: ["values"],
            additionalProperties: false,
          },
          examples: {
            application: {
              summary: "An application to the demo vacancy, with a CV from the uploads route",
              value: {
                values: {
                  firstname: "Jane",
                  lastname: "Doe",
                  email: "jane.doe@example.com",
                  cv: EXAMPLE_UPLOAD_KEY,
                  gdpr_consent: true,
                },
                relatedRecordUuid: "30000000-0000-4000-8000-000000000001",
              },
            },
          },
        },
        "application/x-www-form-urlencoded": {
          schema: { type: "object", additionalProperties: { type: "string" } },
        },
        "multipart/form-data": {
          schema: { type: "object", additionalProperties: true },
        },
      },
    },
  },
  responses: OPENAPI_METADATA && {
    201: {
      description: "Delivered: the record exists in Caraer.",
      content: {
        "application/json": {
          schema: SubmissionAnswerSchema,
          examples: { delivered: submissionExamples.delivered },
        },
      },
    },
    202: {
      description:
        "Accepted; delivery deferred (`queued`), or `failed` and waiting for an operator.",
      content: {
        "application/json": {
          schema: SubmissionAnswerSchema,
          examples: { queued: submissionExamples.queued },
        },
      },
    },
    303: { description: "An HTML form post succeeded: to the redirect URL or the thank-you page." },
    ...errorResponses({
      INVALID_REQUEST: "Malformed body or idempotency key.",
      ORIGIN_NOT_ALLOWED: "",
      CHALLENGE_FAILED: "",
      NOT_FOUND: "Unknown or unserved form.",
      PAYLOAD_TOO_LARGE: "",
      UNSUPPORTED_MEDIA_TYPE: "",
      VALIDATION_FAILED:
        "Invalid values or `relatedRecordUuid`, one issue per field (all problems at once).",
      IDEMPOTENCY_KEY_REUSED: "",
      RATE_LIMITED: "Too many submissions from this client.",
      UPSTREAM_ERROR: "Caraer refused the submission for a reason the edge cannot name.",
      UPSTREAM_UNAVAILABLE:
        "Neither Caraer nor the queue could take it: not accepted, send again with the same `Idempotency-Key`.",
      TEMPORARILY_UNAVAILABLE: "",
    }),
  },
});

function answerJson(c: Context<AppEnv>, served: ServedForm, outcome: SubmissionOutcome) {
  c.header("Cache-Control", "no-store");
  c.header("Location", `/v1/forms/${served.uuid}/submissions/${outcome.submissionId}`);
  if (outcome.kind === "decoy") {
    if (outcome.replayed) c.header("Idempotent-Replayed", "true");
    return c.json({ data: { submissionId: outcome.submissionId, status: "queued" as const } }, 202);
  }
  const { answer } = outcome;
  if (answer.replayed) c.header("Idempotent-Replayed", "true");
  if (answer.status === "delivered") {
    const { recordUuid } = answer;
    return c.json(
      {
        data: {
          submissionId: outcome.submissionId,
          status: answer.status,
          ...(recordUuid ? { recordUuid } : {}),
        },
      },
      201,
    );
  }
  return c.json({ data: { submissionId: outcome.submissionId, status: answer.status } }, 202);
}

function answerHtml(
  c: Context<AppEnv>,
  served: ServedForm,
  definition: FormDefinition,
  outcome: SubmissionOutcome,
) {
  const delivered = outcome.kind === "accepted" && outcome.answer.status === "delivered";
  // An edge-rendered form tells the visitor a queued submission was received and will be delivered.
  const target =
    !delivered && wantsFormPage(c)
      ? `/forms/${served.uuid}/received/${outcome.submissionId}`
      : (served.settings.redirectUrl ??
        safeRedirect(definition.form.redirectUrl) ??
        `/v1/forms/${served.uuid}/thank-you`);
  c.header("Cache-Control", "no-store");
  return c.redirect(target, 303);
}

/** Registers `POST /v1/forms/{formUuid}/submissions`. */
export function registerSubmissionRoute(app: App): void {
  app.openapi(route, async (c) => {
    const services = c.get("services");
    const served = guardedForm(c);
    const html = isHtmlPost(c.req.raw);
    let definition: FormDefinition | undefined;
    let raw: RawSubmission | undefined;
    try {
      raw = await parseSubmissionBody(c.req.raw, served.settings);
      const cached = await servedDefinition(c, served);
      if (!cached) throw new ApiError("NOT_FOUND", "No such form.");
      // The same options the rendered form offers, for selects Caraer sends without them.
      definition = await withRouteOptions(readContext(c), served, parseFormDefinition(cached));
      const outcome = await handleSubmission({
        env: c.env,
        services,
        served,
        definition,
        raw,
        idempotencyHeader: c.req.header("Idempotency-Key"),
        clientIp: c.req.header("CF-Connecting-IP"),
        client: clientAddress(c.req.raw),
        admitted: () => admitted(c),
      });
      if (outcome.kind === "accepted") {
        services.log.info("submission.answered", {
          form: served.uuid,
          submissionId: outcome.submissionId,
          status: outcome.answer.status,
          replayed: outcome.answer.replayed,
        });
      }
      return html ? answerHtml(c, served, definition, outcome) : answerJson(c, served, outcome);
    } catch (error) {
      const again = html ? await formAgain(c, error, served, definition, raw) : null;
      if (again) return again;
      if (html && (error instanceof ApiError || error instanceof UpstreamError)) {
        return htmlErrorPage(c, error, definition);
      }
      throw error;
    }
  });
}
