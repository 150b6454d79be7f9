import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Config } from "../config/config";
import type { Logger } from "../observability/log";
import type { CaraerClient } from "../upstream/client";

/** What every request gets from the services middleware, built once per request. */
export interface Services {
  config: Config;
  caraer: CaraerClient;
  log: Logger;
}

/**
 * Renders an error for a person rather than a script: set by the careers
 * site (and the form pages) on their paths, so errors there are HTML pages in
 * the site's language while the API keeps its JSON envelope.
 */
export type ErrorPage = (
  c: import("hono").Context<AppEnv>,
  status: import("hono/utils/http-status").ContentfulStatusCode,
) => Promise<Response>;

/** Hono environment of the edge app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    services: Services;
    errorPage?: ErrorPage;
    /** The strict rate limit's decision while the route reads its body (`src/ratelimit/admission.ts`). */
    admission?: Promise<Record<string, string>>;
  };
}

/** The edge app type that route modules register on. */
export type App = OpenAPIHono<AppEnv>;
