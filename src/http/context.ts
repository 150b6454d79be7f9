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

/** Hono environment of the edge app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    services: Services;
  };
}

/** The edge app type that route modules register on. */
export type App = OpenAPIHono<AppEnv>;
