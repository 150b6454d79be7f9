#!/usr/bin/env node
// Builds `GET /docs`, the interactive API reference of /openapi.json, as Workers
// Static Assets, offline: Scalar's standalone bundle (a dev dependency, never a
// CDN) and our configuration script are copied to public/assets/ under
// content-hashed names, and public/docs.html loads both. No inline script, so
// the page's Content-Security-Policy (appended to public/_headers) allows
// scripts from the Worker's own origin only. Runs after build-assets.mjs,
// which starts public/_headers afresh.
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = join(root, "public", "assets");
const require = createRequire(import.meta.url);

/** Writes `body` to public/assets/<name>.<hash><ext> and returns its public path. */
function writeHashed(name, ext, body) {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  const file = `${name}.${hash}${ext}`;
  writeFileSync(join(assets, file), body);
  return `/assets/${file}`;
}

const standalone = require.resolve("@scalar/api-reference/browser/standalone.js");
// The package exports no package.json; it sits two folders above dist/browser/.
const scalarVersion = JSON.parse(
  readFileSync(join(dirname(standalone), "..", "..", "package.json"), "utf8"),
).version;
const scalar = writeHashed("scalar-api-reference", ".js", readFileSync(standalone));

// Everything that would reach another host is off: Scalar's web fonts, its
// telemetry, its AI agent and its request proxy (test requests go straight to
// this origin, which `servers: [{ url: "/" }]` in the document names).
const configuration = {
  url: "/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: "never",
  documentDownloadType: "json",
  hideModels: false,
};
// Not `#api-reference`: Scalar mounts itself with its defaults (web fonts included) on that id.
const init = writeHashed(
  "docs-init",
  ".js",
  `// /docs: Scalar ${scalarVersion} over /openapi.json (scripts/build-docs.mjs).\nwindow.Scalar.createApiReference("#reference", ${JSON.stringify(configuration)});\n`,
);

writeFileSync(
  join(root, "public", "docs.html"),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Caraer Edge API reference</title>
<link rel="icon" href="data:,">
<meta name="description" content="Interactive reference of the Caraer Edge public API (/openapi.json).">
</head>
<body>
<noscript><p>This reference needs JavaScript. The API is described without it at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="reference"></div>
<script src="${scalar}"></script>
<script src="${init}"></script>
</body>
</html>
`,
);

// Scripts only from this origin (no 'unsafe-inline', no 'unsafe-eval'). Scalar's
// Vue components inject their stylesheet and set style attributes at run time,
// which only 'unsafe-inline' for styles allows; styles cannot run code.
const csp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
appendFileSync(
  join(root, "public", "_headers"),
  [
    "/docs",
    `  Content-Security-Policy: ${csp}`,
    "  Cache-Control: public, max-age=300",
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "",
  ].join("\n"),
);
console.log(`docs: /docs with ${scalar}, ${init}`);
