// The static server of examples/plain-html: `npm start` runs it on :3000 (a
// second origin, listed in ALLOWED_ORIGINS) and the browser suite on a free port.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./edge-dev.mjs";

/** The folder it serves. */
export const PLAIN_HTML_DIR = join(ROOT, "examples", "plain-html");

/** The edge's origin as the example files name it (`npm start`'s). */
export const EXAMPLE_EDGE_ORIGIN = "http://localhost:8787";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/**
 * A `node:http` request handler serving the example's files by name (`/` is
 * `jobs.html`), with the edge's origin replaced by `edgeOrigin` when given.
 * Only plain file names are served, so no path can leave the folder.
 */
export function plainHtmlHandler(edgeOrigin = EXAMPLE_EDGE_ORIGIN) {
  return async (request, response) => {
    const name = new URL(request.url ?? "/", "http://localhost").pathname.slice(1) || "jobs.html";
    const type = TYPES[name.slice(name.lastIndexOf("."))];
    if (!/^[a-z-]+\.(html|css|js)$/.test(name) || !type) {
      response.writeHead(404).end("Not found");
      return;
    }
    try {
      const text = await readFile(join(PLAIN_HTML_DIR, name), "utf8");
      response
        .writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" })
        .end(text.replaceAll(EXAMPLE_EDGE_ORIGIN, edgeOrigin));
    } catch {
      response.writeHead(404).end("Not found");
    }
  };
}
