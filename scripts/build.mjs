// Builds a Worker offline with wrangler's own bundler (`wrangler deploy
// --dry-run`): the exact bytes a deploy would upload.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles the Worker of a wrangler config into a fresh temporary directory and
 * returns the path of the bundled entry module. Its source map lies beside it
 * (`index.js.map`, wrangler's default), and with `metafile` esbuild's metafile
 * too (`bundle-meta.json`), for `npm run bundle -- --why`; neither changes the bundle.
 * @param {string} config wrangler config, relative to the project root
 * @param {{ metafile?: boolean }} [options]
 */
export function build(config, { metafile = false } = {}) {
  const outdir = mkdtempSync(path.join(os.tmpdir(), "caraer-edge-build-"));
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "wrangler"),
    ["deploy", "--dry-run", "-c", config, "--outdir", outdir, ...(metafile ? ["--metafile"] : [])],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", FORCE_COLOR: "0" },
    },
  );
  if (result.status !== 0) {
    throw new Error(`wrangler build of ${config} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return path.join(outdir, "index.js");
}
