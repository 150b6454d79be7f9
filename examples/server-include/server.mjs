#!/usr/bin/env node
// A host site that includes the edge's HTML fragments on the server: no
// framework, no client-side script. It serves the same paths as the edge's
// careers site (/jobs/{list} and /jobs/{list}/{slug}), so the links and the
// search form inside the fragments work unchanged, and wraps each fragment in
// its own layout. Run: `node examples/server-include/server.mjs` (README.md).
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const LIST_PATH = /^\/jobs\/([a-z0-9][a-z0-9-]{0,63})(?:\/([A-Za-z0-9][A-Za-z0-9_-]{0,127}))?$/;

/** The host's page around a fragment. The fragment's classes are `caraer-*`. */
function layout(title, fragment) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — Demo Inc.</title>
    <style>
      body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: Georgia, serif; }
      .caraer-job { margin-block: 1rem; }
    </style>
  </head>
  <body>
    <header><p><a href="/jobs/vacancies">Demo Inc. — careers</a></p></header>
    <main>${fragment}</main>
  </body>
</html>
`;
}

/**
 * Fragments are cached here by ETag: a repeat asks the edge with
 * `If-None-Match` and reuses the copy on a 304, so a busy host sends the edge
 * cheap revalidations instead of whole pages.
 */
function fragmentCache() {
  const copies = new Map();
  return async function fetchFragment(url) {
    const copy = copies.get(url);
    const response = await fetch(url, {
      headers: copy ? { "If-None-Match": copy.etag } : {},
    });
    if (response.status === 304 && copy) return copy;
    const fresh = {
      status: response.status,
      etag: response.headers.get("ETag"),
      html: await response.text(),
    };
    if (response.ok && fresh.etag) copies.set(url, fresh);
    return fresh;
  };
}

/**
 * The host site's request handler. `edge` is the edge's origin. The form in a
 * vacancy fragment posts to a path on the edge: it is made absolute, so the
 * visitor's browser posts straight to the edge (the host's origin must be in
 * the edge's ALLOWED_ORIGINS).
 */
export function includeHandler(edge) {
  const fetchFragment = fragmentCache();
  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://host.invalid");
    if (url.pathname === "/") {
      response.writeHead(302, { Location: "/jobs/vacancies" }).end();
      return;
    }
    const match = LIST_PATH.exec(url.pathname);
    if (request.method !== "GET" || !match) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const [, list, slug] = match;
    // The page's query string (search, filters, sort, page) is the fragment's.
    const path = slug ? `/fragments/jobs/${list}/${slug}` : `/fragments/jobs/${list}${url.search}`;
    let fragment;
    try {
      fragment = await fetchFragment(`${edge}${path}`);
    } catch {
      response
        .writeHead(502, { "Content-Type": "text/html; charset=utf-8" })
        .end(layout("Jobs", "<p>The jobs cannot be shown right now. Please try again later.</p>"));
      return;
    }
    // Errors (404 for a closed vacancy, 400 for a bad filter) are fragments too: keep their status.
    const html = fragment.html.replaceAll(/(action|href)="\/(v1|forms)\//g, `$1="${edge}/$2/`);
    const title = /<h1[^>]*>([^<]*)/.exec(html)?.[1]?.trim() ?? "Jobs";
    response
      .writeHead(fragment.status, { "Content-Type": "text/html; charset=utf-8" })
      .end(layout(title, html));
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const edge = (process.env.CARAER_EDGE ?? "http://localhost:8787").replace(/\/+$/, "");
  const port = Number(process.env.PORT ?? 3001);
  createServer(includeHandler(edge)).listen(port, "127.0.0.1", () =>
    console.log(`Host site on http://localhost:${port}/jobs/vacancies, including ${edge}`),
  );
}
