import { createMiddleware } from "hono/factory";

/**
 * The security headers of every answer: the ones that matter for a JSON API
 * and a few small HTML pages, with Hono's `secureHeaders` defaults as values.
 * The browser-legacy ones (IE download and XSS filters, DNS prefetch, Flash
 * cross-domain policies, origin-keyed agent clusters) only add bytes to every
 * response. The careers site sets its own Content-Security-Policy per page
 * (src/site/csp.ts). scripts/build-openapi.mjs gives `/openapi.json` the same.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "SAMEORIGIN"],
];

/**
 * Sets {@link SECURITY_HEADERS} on the final answer, errors included, replacing
 * any a handler set. Hono's `secureHeaders` did the same with these options,
 * but brings 3 KiB of minified CSP, nonce and permissions-policy builders that
 * the edge never uses (README, "Bundle size").
 */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
});
