import type { OpenAPIHono } from "@hono/zod-openapi";
import { OPENAPI_METADATA } from "#openapi-metadata";

/** What `app.doc31` takes besides the paths (the library does not export the type by name). */
type DocumentConfig = Parameters<OpenAPIHono["getOpenAPI31Document"]>[0];

/** Version of the public API, also used in the OpenAPI document. */
export const API_VERSION = "1.0.0";

/**
 * The package is private and the repository grants no licence (package.json
 * names none). OpenAPI 3.1 takes an SPDX `identifier`; the library's type is
 * 3.0's, which lacks it, hence a variable rather than a literal.
 */
const LICENSE = OPENAPI_METADATA && {
  name: "Proprietary, all rights reserved",
  identifier: "LicenseRef-Proprietary",
};

/**
 * The OpenAPI document's own fields; the paths come from the routes. Each
 * operation declares its `security` (`[]` on public routes), so none is
 * inherited from here.
 */
export const OPENAPI_DOCUMENT: DocumentConfig = OPENAPI_METADATA && {
  openapi: "3.1.0",
  info: {
    title: "Caraer Edge",
    version: API_VERSION,
    description: [
      "Public forms and public record reads for websites, in front of the Caraer API. Only properties Caraer flags `webpagePublic` (and not `nonPublic`) ever leave the edge.",
      "Errors share one envelope, `{ error: { code, message, requestId, issues? } }`: switch on `code`, never on `message`. 429 and 503 answers carry `Retry-After`.",
      "Try the examples against `npm start`, which serves the emulator's demo data; this reference is at `GET /docs`.",
    ].join("\n\n"),
    license: LICENSE,
  },
  // Relative: the document describes the edge that serves it, wherever it is deployed.
  servers: [{ url: "/", description: "The edge serving this document" }],
  tags: [
    {
      name: "Reads",
      description:
        "Public lists, records, previews and CMS webpages: public properties only, cached in KV with `ETag`.",
    },
    {
      name: "Forms",
      description:
        "Form definitions, options, uploads and submissions, validated at the edge and delivered to Caraer without loss.",
    },
    {
      name: "Site",
      description:
        "The careers site and embeds: HTML pages, fragments for server-side includes and the embed script, feeds, sitemap and robots.txt.",
    },
    {
      name: "Operator",
      description:
        "Health, the Caraer webhook and the dead-letter routes, behind their secrets (`WEBHOOK_SECRET`, `ADMIN_TOKEN`).",
    },
  ],
};
