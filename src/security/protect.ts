import type { Context, Next } from "hono";
import type { Params } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";
import type { StrictRouteClass } from "../config/rate-limits";
import { isHtmlPost } from "../forms/html";
import { assertFormKnown } from "../forms/known";
import { type ServedForm, servedForm } from "../forms/served";
import type { App, AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { startAdmission } from "../ratelimit/admission";
import { enforceClientLimit, enforceReadLimit, enforceStrictLimit } from "../ratelimit/enforce";
import { htmlErrorPage } from "../routes/forms/pages";
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
    try {
      await guardRequest(c, next, guard, params ?? {});
    } catch (error) {
      // A person posting a plain HTML form reads the refusal as a page, like the route's own.
      if (error instanceof ApiError && c.req.method === "POST" && isHtmlPost(c.req.raw)) {
        return htmlErrorPage(c, error, undefined);
      }
      throw error;
    }
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
  let admission: Promise<Record<string, string>> | undefined;
  if (guard.limit === "read") await enforceReadLimit(c);
  else if (guard.limit) {
    const counted = countForm(c, guard.limit, await knownForm(c, params));
    if (OVERLAPPED.has(guard.limit)) {
      admission = counted;
      startAdmission(c, admission);
    } else headers = await counted;
  }

  if (guard.body && type) await limitBody(guard.body.maxBytes(type, c, params))(c, next);
  else await next();
  // A refusal replaces whatever the route answered (it read the body, nothing more).
  if (admission) headers = await admission;
  setHeaders(c, headers);
}

/**
 * Route classes whose strict limit is decided while the route reads and
 * parses its body: their routes wait for `admitted(c)` before anything
 * reaches Caraer, a ledger or a queue (`src/routes/forms/submissions.ts`).
 */
const OVERLAPPED: ReadonlySet<StrictRouteClass> = new Set(["submission"]);

function assertKnown(c: Context<AppEnv>, known: NonNullable<RouteGuard["known"]>, params: Params) {
  const entries = known.entries(c.get("services").config);
  if (!Object.hasOwn(entries, params[known.param] ?? ""))
    throw new ApiError("NOT_FOUND", known.message);
}

/**
 * The form of a strictly limited form route. It must be served (configured,
 * and known to Caraer) before anything is counted against it, so a new form
 * UUID buys no budget.
 */
async function knownForm(c: Context<AppEnv>, params: Params): Promise<ServedForm> {
  // Canonical (lowercase) UUID: one spelling per form keeps one budget per form.
  const served = servedForm(c.get("services").config, params.form ?? "");
  await assertFormKnown(c, served);
  return served;
}

/**
 * Counts the request against the form's budget, then the client's budget
 * across every form. Returns the per-form RateLimit headers.
 */
async function countForm(
  c: Context<AppEnv>,
  routeClass: StrictRouteClass,
  served: ServedForm,
): Promise<Record<string, string>> {
  const headers = await enforceStrictLimit(c, routeClass, served.uuid);
  await enforceClientLimit(c, routeClass);
  return headers;
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
