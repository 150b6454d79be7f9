import { OpenAPIHono } from "@hono/zod-openapi";
import { etag } from "hono/etag";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { TrieRouter } from "hono/router/trie-router";
import { secureHeaders } from "hono/secure-headers";
import type { App, AppEnv } from "./http/context";
import { handleError, handleNotFound, respondError } from "./http/handlers";
import { OPENAPI_DOCUMENT } from "./http/openapi-document";
import { services } from "./http/services";
import { validationHook } from "./http/validation";
import { RETAINED_304_HEADERS } from "./reads/respond";
import { registerRoutes } from "./routes";
import { guard, JSON_BODY } from "./routes/guard";
import { BROWSER_PATHS, publicCors } from "./security/cors";
import { siteErrorPages } from "./site/errors";
import { SITE_PATHS } from "./site/paths";

const unknownV1Route = guard({ body: JSON_BODY });

/**
 * Builds the edge app: cross-cutting middleware first, then every route
 * module's `register` function, then the OpenAPI document of those routes.
 */
export function createApp(): App {
  // One router, Hono's TrieRouter, which takes every route pattern. Hono's
  // default, a SmartRouter, tries RegExpRouter at the first request and falls
  // back to TrieRouter when it refuses the routes, as it does this app's: so
  // naming TrieRouter routes exactly as before, and the Worker bundles one
  // router instead of three (README, "Bundle size").
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: validationHook,
    router: new TrieRouter(),
  });

  app.use(requestId());
  // The headers that matter for a JSON API and a few small HTML pages. The
  // browser-legacy ones (IE download and XSS filters, DNS prefetch, Flash
  // cross-domain policies, origin-keyed agent clusters) only add bytes to every response.
  app.use(
    secureHeaders({
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        respondError(c, "METHOD_NOT_ALLOWED", 405, "This route does not accept that method.", {
          headers: { Allow: allowed.join(", ") },
        }),
    }),
  );
  // The OpenAPI document is static, so it stays reachable even with a broken configuration.
  app.use("*", async (c, next) => (c.req.path === "/openapi.json" ? next() : services(c, next)));

  // Errors on the careers site's paths are its own HTML pages, guards' refusals included.
  app.use("*", siteErrorPages);
  // CORS stays app-wide: a preflight ends here, before any route's guard.
  for (const path of BROWSER_PATHS) app.use(path, publicCors);
  // Read routes set their own ETag from the cache entry (site pages from their HTML); this turns a match into 304.
  for (const path of ["/v1/*", ...SITE_PATHS]) {
    app.use(path, etag({ retainedHeaders: RETAINED_304_HEADERS }));
  }
  registerRoutes(app);

  app.doc31("/openapi.json", OPENAPI_DOCUMENT);
  app.onError(handleError);
  app.notFound(async (c) => {
    // A path under /v1 that no route serves is still held to a small JSON body at most.
    const refused = c.req.path.startsWith("/v1/") && (await unknownV1Route(c, async () => {}));
    return refused || handleNotFound(c);
  });
  return app;
}
