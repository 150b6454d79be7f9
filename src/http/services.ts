import { createMiddleware } from "hono/factory";
import type { Config } from "../config/config";
import { loadConfig, secretValues } from "../config/load";
import { createLogger } from "../observability/log";
import { type CaraerClient, createCaraerClient } from "../upstream/client";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";
import { requestOrigin } from "./log-origin";

let lastLoggedConfigError: string | undefined;

/**
 * Parses the configuration (cached per isolate) and builds the per-request
 * services. A broken configuration answers `CONFIG_INVALID` naming the keys at
 * fault, and is logged once per isolate rather than once per request.
 */
export const services = createMiddleware<AppEnv>(async (c, next) => {
  const loaded = loadConfig(c.env);
  if (!loaded.ok) {
    const fields = loaded.error.issues.map((issue) => issue.field);
    const signature = fields.join(",");
    if (signature !== lastLoggedConfigError) {
      lastLoggedConfigError = signature;
      createLogger(requestOrigin(c)).error("config.invalid", { fields });
    }
    throw new ApiError("CONFIG_INVALID", loaded.error.message, { issues: loaded.error.issues });
  }
  const { config } = loaded;
  const log = createLogger(requestOrigin(c), secretValues(config));
  c.set("services", {
    config,
    log,
    caraer: caraerClientFor(config),
  });
  await next();
});

/** The Caraer client a configuration names: its API base, tenant, token and timeout. */
export function caraerClientFor(config: Config): CaraerClient {
  return createCaraerClient({
    baseUrl: config.CARAER_API_BASE,
    token: config.CARAER_API_TOKEN,
    companyUuid: config.CARAER_COMPANY_UUID,
    subdomain: config.CARAER_SUBDOMAIN,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
  });
}
