import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import type { LogOrigin } from "../observability/log";

/**
 * The request id and route pattern a request's log lines carry, e.g.
 * `GET /v1/lists/:list`: the pattern, never the path, so lines group by
 * route and no path parameter a visitor typed reaches the logs.
 */
export function requestOrigin(c: Context): LogOrigin {
  // Middleware is registered for every method (`ALL`); the route is the match that names one.
  const route = matchedRoutes(c).findLast((match) => match.method !== "ALL");
  return {
    requestId: c.get("requestId") ?? null,
    route: route ? `${route.method} ${route.path}` : `${c.req.method} (no route)`,
  };
}
