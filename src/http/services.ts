import { createMiddleware } from "hono/factory";
import { ConfigError } from "../config/load";
import { servicesFor } from "../services/services";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";
import { requestOrigin } from "./log-origin";

/**
 * Builds the request's services ({@link servicesFor}). A broken configuration
 * answers `CONFIG_INVALID` naming the keys at fault.
 */
export const services = createMiddleware<AppEnv>(async (c, next) => {
  try {
    c.set("services", servicesFor(c.env, requestOrigin(c)));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ApiError("CONFIG_INVALID", error.message, { issues: error.issues });
  }
  await next();
});
