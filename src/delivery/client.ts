import type { Config } from "../config/config";
import { type CaraerClient, createCaraerClient } from "../upstream/client";

/**
 * A Caraer client with its own per-call timeout: deliveries use shorter
 * (inline) or longer (queued) timeouts than reads, and the Durable Objects
 * build their clients from their own configuration.
 */
export function caraerClientWithTimeout(config: Config, timeoutMs: number): CaraerClient {
  return createCaraerClient({
    baseUrl: config.CARAER_API_BASE,
    token: config.CARAER_API_TOKEN,
    companyUuid: config.CARAER_COMPANY_UUID,
    subdomain: config.CARAER_SUBDOMAIN,
    timeoutMs,
  });
}
