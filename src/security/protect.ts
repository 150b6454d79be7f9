import type { Context, Next } from "hono";
import type { Params } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";
import type { App, AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { enforceReadLimit, enforceStrictLimit } from "../ratelimit/enforce";
import { acceptedMediaType, limitBody } from "./body";
import { publicCors } from "./cors";
import { assertAllowedOrigin } from "./origin-check";
import { validatePathParams } from "./path-params";
import { BROWSER_PATHS, DEFAULT_GUARD, ROUTE_GUARDS, type RouteGuard } from "./routes";

/**
 * Applies every protection of the public routes by path pattern, so route
 * modules stay free of it and a new route is covered by the default guard.
 * Call after the services middleware and before the routes are registered.
 *
 * Per request, cheapest refusal first, and nothing refused reaches a limiter,
 * a cache or Caraer: CORS (a preflight ends here), `Origin`, path parameters
 * (shape, then configured names), `Content-Type`, the rate limit, then the
 * body limit while the route reads.
 */
export function protectRoutes(app: App): void {
  for (const path of BROWSER_PATHS) app.use(path, publicCors);

  const router = new TrieRouter<RouteGuard>();
  for (const guard of ROUTE_GUARDS) {
    for (const method of guard.methods) router.add(method, guard.path, guard);
  }
  router.add("ALL", DEFAULT_GUARD.path, DEFAULT_GUARD);

  // Every path: the API's routes and the careers site's pages; others have no guard.
  app.use("*", async (c, next) => {
    const [matches] = router.match(c.req.method, c.req.path) as [[RouteGuard, Params][]];
    const [guard, params] =
      matches.find(([candidate]) => candidate !== DEFAULT_GUARD) ?? matches[0] ?? [];
    if (!guard) return next();
    await guardRequest(c, next, guard, params ?? {});
  });
}

async function guardRequest(
  c: Context<AppEnv>,
  next: Next,
  guard: RouteGuard,
  rawParams: Params,
): Promise<void> {
  if (guard.origin) assertAllowedOrigin(c);
  const params = guard.params ? validatePathParams(guard.params, rawParams) : rawParams;
  if (guard.known) assertKnown(c, guard.known, params);
  const type = guard.body ? acceptedMediaType(c, guard.body) : undefined;

  let headers: Record<string, string> = {};
  if (guard.limit === "read") await enforceReadLimit(c);
  else if (guard.limit) headers = await enforceStrictLimit(c, guard.limit, formKey(params));

  if (guard.body && type) await limitBody(guard.body.maxBytes(type, c, params))(c, next);
  else await next();
  setHeaders(c, headers);
}

function assertKnown(c: Context<AppEnv>, known: NonNullable<RouteGuard["known"]>, params: Params) {
  const entries = known.entries(c.get("services").config);
  if (!Object.hasOwn(entries, params[known.param] ?? ""))
    throw new ApiError("NOT_FOUND", known.message);
}

// Form UUIDs are case-insensitive; one spelling per form keeps one budget per form.
function formKey(params: Params): string {
  return (params.form ?? "").toLowerCase();
}

function setHeaders(c: Context<AppEnv>, headers: Record<string, string>): void {
  const entries = Object.entries(headers);
  if (entries.length === 0) return;
  try {
    for (const [name, value] of entries) c.res.headers.set(name, value);
  } catch {
    // A response passed through from `fetch` has immutable headers.
    const res = new Response(c.res.body, c.res);
    for (const [name, value] of entries) res.headers.set(name, value);
    c.res = res;
  }
}
