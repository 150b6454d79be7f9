import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ListDefinition } from "../config/lists";
import type { ServedForm } from "../forms/served";
import type { Services } from "../services/services";

export type { Services };

/**
 * Renders an error for a person rather than a script: set by the careers
 * site (and the form pages) on their paths, so errors there are HTML pages in
 * the site's language while the API keeps its JSON envelope.
 */
export type ErrorPage = (
  c: import("hono").Context<AppEnv>,
  status: import("hono/utils/http-status").ContentfulStatusCode,
) => Promise<Response>;

/** A list of `LISTS` a route's guard resolved from its `{list}` parameter. */
export interface GuardedList {
  name: string;
  settings: ListDefinition;
}

/** Hono environment of the edge app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    services: Services;
    errorPage?: ErrorPage;
    /** The strict rate limit's decision while the route reads its body (`src/ratelimit/admission.ts`). */
    admission?: Promise<Record<string, string>>;
    /** Set by a route's guard (`src/routes/guard.ts`): the list it serves. */
    list?: GuardedList;
    /** Set by a route's guard: the served form it counted the request against. */
    form?: ServedForm;
  };
}

/** The edge app type that route modules register on. */
export type App = OpenAPIHono<AppEnv>;
