import { createRoute } from "@hono/zod-openapi";
import * as z from "zod/v4";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { parseFormDefinition } from "../../forms/definition";
import { servedDefinition } from "../../forms/known";
import { readFormData } from "../../forms/limits";
import { checkFiles, type UploadedFile } from "../../forms/uploads/files";
import { recordUploads } from "../../forms/uploads/receipts";
import type { App } from "../../http/context";
import { ApiError } from "../../http/errors";
import { errorResponses } from "../../http/openapi-errors";
import { UPLOAD_PART_NAME } from "../../upstream/contract";
import { UpstreamError } from "../../upstream/errors";
import { formBody, guard, guardedForm } from "../guard";
import { EXAMPLE_UPLOAD_KEY, FormUuidParam } from "./schemas";

const params = z.object({ formUuid: FormUuidParam });

const route = createRoute({
  method: "post",
  path: "/v1/forms/{formUuid}/uploads",
  ...(OPENAPI_METADATA && {
    operationId: "uploadFormFiles",
    tags: ["Forms"],
    summary: "Upload files for a form",
    description:
      "Takes `multipart/form-data` parts named `files` and forwards them to Caraer (on Kasar, which has no upload API, the edge keeps them, never serving them, and sends them with the submission). Count and size are limited per form (`FORMS[form].uploads`, default 3 files of 10 MB); the body is refused as soon as it streams past the limit. The type is recognised from each file's leading bytes, never its name or declared type, and must be on the form's allowlist. The returned keys are valid for this form's submissions for 24 hours.",
    security: [],
  }),
  middleware: guard({
    params,
    origin: true,
    body: formBody(["multipart/form-data"]),
    rateLimit: "upload",
  }),
  request: {
    params,
    body: OPENAPI_METADATA && {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: { files: { type: "array", items: { type: "string", format: "binary" } } },
            required: ["files"],
          },
        },
      },
    },
  },
  responses: OPENAPI_METADATA && {
    201: {
      description: "The uploaded files.",
      content: {
        "application/json": {
          schema: z
            .object({
              data: z.object({
                files: z.array(
                  z.object({
                    key: z
                      .string()
                      .openapi(
                        OPENAPI_METADATA && { description: "Send as the file field's value." },
                      ),
                    name: z.string(),
                    size: z.number(),
                    type: z.string().openapi(
                      OPENAPI_METADATA && {
                        description: "The MIME type recognised from the content.",
                      },
                    ),
                  }),
                ),
              }),
            })
            .openapi("UploadedFiles"),
          examples: {
            cv: {
              summary: "A CV for the demo application form",
              value: {
                data: {
                  files: [
                    {
                      key: EXAMPLE_UPLOAD_KEY,
                      name: "cv.pdf",
                      size: 48213,
                      type: "application/pdf",
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    ...errorResponses({
      INVALID_REQUEST: "No `files` part, or an unreadable body.",
      ORIGIN_NOT_ALLOWED: "",
      NOT_FOUND: "Unknown or unserved form, or a form without file fields.",
      PAYLOAD_TOO_LARGE: "Too many files, or a file too large (with `issues`).",
      UNSUPPORTED_MEDIA_TYPE: "Not multipart, or a file type the form does not allow.",
      RATE_LIMITED: "Too many uploads from this client.",
      UPSTREAM_ERROR: "",
      UPSTREAM_UNAVAILABLE: "",
      TEMPORARILY_UNAVAILABLE: "",
    }),
  },
});

/** Registers `POST /v1/forms/{formUuid}/uploads`. */
export function registerFormUploadsRoute(app: App): void {
  app.openapi(route, async (c) => {
    const services = c.get("services");
    const { log } = services;
    const served = guardedForm(c);
    const cached = await servedDefinition(c, served);
    // Without a file input there is nothing to upload for: no free file hosting.
    if (!cached || !parseFormDefinition(cached).fields.some((field) => field.type === "file")) {
      throw new ApiError("NOT_FOUND", "This form takes no files.");
    }
    const form = await readFormData(c.req.raw);
    const parts = form.getAll(UPLOAD_PART_NAME);
    const files = parts.filter((part): part is File => typeof part !== "string");
    if (files.length === 0 || files.length !== parts.length) {
      throw new ApiError("INVALID_REQUEST", "Send one or more files in parts named `files`.", {
        issues: [
          { field: UPLOAD_PART_NAME, code: "required", message: "Attach at least one file." },
        ],
      });
    }
    const checked = await checkFiles(
      files.map((file) => ({ field: UPLOAD_PART_NAME, file })),
      served.settings.uploads,
    );
    let uploaded: UploadedFile[];
    try {
      uploaded = await services.submissionsFor("read", c.env.CACHE).storeFiles(served, checked);
    } catch (error) {
      if (error instanceof UpstreamError && error.notFound) {
        throw new ApiError("NOT_FOUND", "No such form.");
      }
      throw error;
    }
    await recordUploads(c.env.CACHE, served.uuid, uploaded);
    log.info("form.uploaded", { form: served.uuid, files: uploaded.length });
    c.header("Cache-Control", "no-store");
    return c.json({ data: { files: uploaded } }, 201);
  });
}
