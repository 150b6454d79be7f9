#!/usr/bin/env node
// Builds `GET /openapi.json` as a Workers Static Asset: the app's own
// `/openapi.json` route (src/app.ts, `app.doc31`) answers once in Node, from the
// same createApp() and route definitions the Worker serves, and its exact bytes
// go to public/openapi.json. The deployed Worker then leaves the OpenAPI
// generator out (src/openapi-without-generator.ts, README "Bundle size").
// Runs after build-assets.mjs, which writes src/site/assets.gen.ts and starts
// public/_headers afresh. test/node/openapi-asset.test.ts fails while the file
// is stale; `npm run bundle` checks workerd serves it.
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { ROOT } from "./build.mjs";

/** The asset's path in public/, which is also its URL path. */
export const OPENAPI_ASSET = "openapi.json";

/**
 * The headers the Worker's route sent with the document (secureHeaders in
 * src/app.ts, minus the per-request id), plus a short cache like /docs.
 * Workers Static Assets sets `Content-Type: application/json` from the name.
 */
const HEADERS = [
  "Cache-Control: public, max-age=300",
  "Cross-Origin-Resource-Policy: same-origin",
  "Referrer-Policy: no-referrer",
  "Strict-Transport-Security: max-age=15552000; includeSubDomains",
  "X-Content-Type-Options: nosniff",
  "X-Frame-Options: SAMEORIGIN",
];

/**
 * Answers `GET /openapi.json` from createApp() in Node and returns the body.
 * esbuild compiles src/ (TypeScript and JSX) to one module; the packages stay
 * external, so zod, Hono and the OpenAPI generator load from node_modules as in
 * the Node tests, with no alias. The Durable Object classes' `cloudflare:workers`
 * gets a stub: the app never constructs them.
 */
export async function generateOpenApi() {
  const dir = path.join(ROOT, "node_modules", ".cache", "caraer-openapi");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `app-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: `export { createApp } from "./src/app.ts";`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "error",
    plugins: [
      {
        name: "cloudflare-workers-stub",
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^cloudflare:workers$/ }, () => ({
            path: "cloudflare:workers",
            namespace: "stub",
          }));
          pluginBuild.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
            contents: "export class DurableObject {}",
          }));
        },
      },
    ],
  });
  try {
    const { createApp } = await import(pathToFileURL(file).href);
    const response = await createApp().request(`/${OPENAPI_ASSET}`);
    if (response.status !== 200) {
      throw new Error(`/${OPENAPI_ASSET} answered ${response.status}: ${await response.text()}`);
    }
    return await response.text();
  } finally {
    rmSync(file, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const body = await generateOpenApi();
  writeFileSync(path.join(ROOT, "public", OPENAPI_ASSET), body);
  appendFileSync(
    path.join(ROOT, "public", "_headers"),
    [`/${OPENAPI_ASSET}`, ...HEADERS.map((header) => `  ${header}`), ""].join("\n"),
  );
  console.log(`openapi: /${OPENAPI_ASSET} (${(body.length / 1024).toFixed(1)} KiB)`);
}
