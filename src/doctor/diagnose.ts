import type { Config } from "../config/config";
import type { CaraerClient } from "../upstream/client";
import { checkConfiguration } from "./check";
import type { Finding } from "./findings";
import { gatherSnapshot } from "./gather";

/**
 * Checks a configuration against the live Caraer schema: the one entry point
 * of `GET /v1/admin/config-check` and `npm run doctor`.
 */
export async function diagnose(config: Config, caraer: CaraerClient): Promise<Finding[]> {
  return checkConfiguration(config, await gatherSnapshot(config, caraer));
}
