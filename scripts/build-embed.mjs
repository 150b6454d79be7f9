#!/usr/bin/env node
// Builds the embed script (embed/caraer-embed.js) for Workers Static Assets:
// minified into public/assets/embed.<hash>.js (cached for a year, like the
// site's assets) and a one-line public/embed.js that imports it under the
// stable name sites link (cached briefly, so a deploy reaches them within
// minutes). Both may be loaded cross-origin as modules, so they carry CORS.
// Fails when the gzipped script exceeds its budget. Runs after build-assets.mjs.
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";

/** The embed script's size budget, gzipped. */
export const EMBED_BUDGET_BYTES = 12 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "embed", "caraer-embed.js"), "utf8");
const { code } = await transform(source, { minify: true, format: "esm", target: "es2022" });
const gzipped = gzipSync(code, { level: 9 }).length;
if (gzipped > EMBED_BUDGET_BYTES) {
  console.error(`embed: ${gzipped} bytes gzipped, over the ${EMBED_BUDGET_BYTES}-byte budget`);
  process.exit(1);
}
const hash = createHash("sha256").update(code).digest("hex").slice(0, 12);
const hashed = `embed.${hash}.js`;
writeFileSync(join(root, "public", "assets", hashed), code);
writeFileSync(join(root, "public", "embed.js"), `import "./assets/${hashed}";\n`);
appendFileSync(
  join(root, "public", "_headers"),
  [
    "/embed.js",
    "  Cache-Control: public, max-age=300",
    "  Access-Control-Allow-Origin: *",
    "  X-Content-Type-Options: nosniff",
    "/assets/embed.*",
    "  Access-Control-Allow-Origin: *",
    "",
  ].join("\n"),
);
writeFileSync(
  join(root, "public", "embed-size.json"),
  `${JSON.stringify({ file: `/assets/${hashed}`, bytes: code.length, gzipped })}\n`,
);
console.log(`embed: /assets/${hashed}, ${code.length} bytes, ${gzipped} gzipped`);
