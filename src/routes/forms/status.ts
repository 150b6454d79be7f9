import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { ledgerOf } from "../../delivery/bindings";
import { isDecoy } from "../../forms/decoy";
import { servedForm } from "../../forms/served";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { guard } from "../guard";
import {
  FormUuidParam,
  SubmissionIdParam,
  SubmissionStatusSchema,
  submissionExamples,
} from "./schemas";

const params = z.object({ formUuid: FormUuidParam, submissionId: SubmissionIdParam });

const route = createRoute({
  method: "get",
  path: "/v1/forms/{formUuid}/submissions/{submissionId}",
  ...(OPENAPI_METADATA && {
    operationId: "getSubmissionStatus",
    tags: ["Forms"],
    summary: "A submission's status",
    description:
      "Whether an accepted submission is `queued`, `delivered` or `failed`; nothing about its content. Known for the retention period (`SUBMISSION_RETENTION_SECONDS`, default 7 days) after delivery.",
    security: [],
  }),
  middleware: guard({ params, rateLimit: "read" }),
  request: { params },
  responses: OPENAPI_METADATA && {
    200: {
      description: "The status.",
      content: {
        "application/json": {
          schema: z
            .object({
              data: z.object({ submissionId: z.string(), status: SubmissionStatusSchema }),
            })
            .openapi("SubmissionStatus"),
          examples: {
            delivered: {
              summary: "Delivered",
              value: {
                data: {
                  submissionId: submissionExamples.queued.value.data.submissionId,
                  status: "delivered",
                },
              },
            },
            queued: submissionExamples.queued,
          },
        },
      },
    },
    ...errorResponses({
      INVALID_REQUEST: "A form UUID or submission ID of the wrong shape.",
      NOT_FOUND: "Unknown submission or unserved form.",
      RATE_LIMITED: "",
      TEMPORARILY_UNAVAILABLE: "",
    }),
  },
});

/** Registers `GET /v1/forms/{formUuid}/submissions/{submissionId}`. */
export function registerSubmissionStatusRoute(app: App): void {
  app.openapi(route, async (c) => {
    const params = c.req.valid("param");
    const served = servedForm(c.get("services").config, params.formUuid);
    const submissionId = params.submissionId.toLowerCase();
    const status =
      (await ledgerOf(c.env, submissionId)?.status(served.uuid)) ??
      // A honeypot catch answers like the queued submission it pretended to be.
      ((await isDecoy(c.env.CACHE, served.uuid, submissionId)) ? "queued" : null);
    if (!status) throw new ApiError("NOT_FOUND", "No such submission.");
    c.header("Cache-Control", "no-store");
    return c.json({ data: { submissionId, status } }, 200);
  });
}
