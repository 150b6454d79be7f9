import { type CaraerConfig, type Config, WrongCrmError } from "../config/config";
import { type ConfigError, loadConfig, secretValues } from "../config/load";
import { backoffSeconds } from "../delivery/backoff";
import { caraerSubmissionCrm } from "../forms/crm/caraer";
import { kasarSubmissionCrm } from "../forms/crm/kasar";
import type { SubmissionCrm } from "../forms/crm/port";
import { createLogger, type LogFields, type Logger, type LogOrigin } from "../observability/log";
import { type CaraerClient, createCaraerClient } from "../upstream/client";
import { createKasarClient, type KasarClient } from "../upstream/kasar/client";

/** What an upstream call is for, which sets its per-call timeout. */
export type CaraerPurpose = "read" | "inline" | "delivery";

/** The CRM client of a deployment, tagged with its CRM (`CRM`). */
export type Upstream =
  | { crm: "caraer"; caraer: CaraerClient }
  | { crm: "kasar"; kasar: KasarClient };

/** What every entry point (fetch, queue, Durable Objects) works with, built by {@link servicesFor}. */
export interface Services {
  config: Config;
  log: Logger;
  /** The chosen CRM's client for reads, uploads and look-ups: `UPSTREAM_TIMEOUT_MS` per call. */
  upstream: Upstream;
  /**
   * The chosen CRM's client for one purpose: `read` (`UPSTREAM_TIMEOUT_MS`),
   * `inline` (a submission while its sender waits, `FORM_INLINE_TIMEOUT_MS`),
   * `delivery` (a queued try, `FORM_DELIVERY_TIMEOUT_MS`).
   */
  upstreamFor: (purpose: CaraerPurpose) => Upstream;
  /** The Caraer client for reads (the configuration check); throws {@link WrongCrmError} on a Kasar deployment. */
  caraer: CaraerClient;
  /**
   * The chosen CRM's adapter of the forms and delivery ports for one purpose
   * (src/forms/crm/port.ts); `kv` holds what the edge keeps for a CRM without
   * an upload API.
   */
  submissionsFor: (purpose: CaraerPurpose, kv: KVNamespace) => SubmissionCrm;
  /** The retry policy: seconds before queued try `attempt` (1-based) is repeated. */
  retryAfter: (attempt: number, retryAfterSeconds?: number) => number;
}

let lastLoggedConfigError: string | undefined;

/**
 * The one place configuration becomes services. The configuration is parsed
 * once per `env` object; a broken one throws {@link ConfigError} (naming the
 * keys at fault, never their values), logged once per isolate rather than
 * once per call. Each entry point maps that error its own way: `fetch`
 * answers `CONFIG_INVALID`, the queue retries the batch later, a Durable
 * Object call fails.
 *
 * @example
 * const { config, log, submissionsFor } = servicesFor(env, { queue: batch.queue });
 */
export function servicesFor(env: object, context: LogOrigin & LogFields): Services {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw logged(loaded.error, context);
  const { config } = loaded;
  const clients = new Map<CaraerPurpose, Upstream>();
  const upstreamFor = (purpose: CaraerPurpose): Upstream => {
    let client = clients.get(purpose);
    if (!client) {
      client = upstreamClientFor(config, purpose);
      clients.set(purpose, client);
    }
    return client;
  };
  return {
    config,
    log: createLogger(context, secretValues(config)),
    get upstream() {
      return upstreamFor("read");
    },
    upstreamFor,
    get caraer() {
      const upstream = upstreamFor("read");
      if (upstream.crm !== "caraer") throw new WrongCrmError("caraer");
      return upstream.caraer;
    },
    submissionsFor: (purpose, kv) => {
      const upstream = upstreamFor(purpose);
      return upstream.crm === "caraer"
        ? caraerSubmissionCrm(upstream.caraer)
        : kasarSubmissionCrm(upstream.kasar, config, kv);
    },
    retryAfter: (attempt, retryAfterSeconds) =>
      backoffSeconds(
        attempt,
        { base: config.DELIVERY_BACKOFF_BASE_SECONDS, max: config.DELIVERY_BACKOFF_MAX_SECONDS },
        retryAfterSeconds,
      ),
  };
}

/** The one place a configuration becomes its CRM's client, for one purpose. */
export function upstreamClientFor(config: Config, purpose: CaraerPurpose = "read"): Upstream {
  if (config.CRM === "caraer") return { crm: "caraer", caraer: caraerClientFor(config, purpose) };
  return {
    crm: "kasar",
    kasar: createKasarClient({
      baseUrl: config.KASAR_API_BASE,
      token: config.KASAR_API_TOKEN,
      timeoutMs: TIMEOUTS[purpose](config),
    }),
  };
}

/** The Caraer client a configuration names for one purpose: API base, tenant, token and timeout. */
export function caraerClientFor(
  config: CaraerConfig,
  purpose: CaraerPurpose = "read",
): CaraerClient {
  return createCaraerClient({
    baseUrl: config.CARAER_API_BASE,
    token: config.CARAER_API_TOKEN,
    companyUuid: config.CARAER_COMPANY_UUID,
    subdomain: config.CARAER_SUBDOMAIN,
    timeoutMs: TIMEOUTS[purpose](config),
  });
}

const TIMEOUTS: Record<CaraerPurpose, (config: Config) => number> = {
  read: (config) => config.UPSTREAM_TIMEOUT_MS,
  inline: (config) => config.FORM_INLINE_TIMEOUT_MS,
  delivery: (config) => config.FORM_DELIVERY_TIMEOUT_MS,
};

function logged(error: ConfigError, origin: LogOrigin): ConfigError {
  const fields = error.issues.map((issue) => issue.field);
  const signature = fields.join(",");
  if (signature !== lastLoggedConfigError) {
    lastLoggedConfigError = signature;
    createLogger({ requestId: origin.requestId, route: origin.route }).error("config.invalid", {
      fields,
    });
  }
  return error;
}
