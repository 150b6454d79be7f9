import type { Context } from "hono";
import { type HotTierOptions, isolateHotTier } from "../cache/hot-tier";
import type { Config } from "../config/config";
import type { FormsCrm } from "../forms/crm/port";
import type { AppEnv } from "../http/context";
import type { Logger } from "../observability/log";
import type { ReadPort } from "../upstream/read-port";
import { readPortFor } from "../upstream/read-ports";

/** What the read services need from a request. */
export interface ReadContext {
  /** The deployment's CRM, as the read cores use it (src/upstream/read-port.ts). */
  upstream: ReadPort;
  /** The deployment's CRM as the forms core reads it (definitions, options). */
  readonly forms: FormsCrm;
  log: Logger;
  kv: KVNamespace;
  /** Tenant identity, so isolate memory never mixes two configurations. */
  tenant: string;
  waitUntil: (promise: Promise<unknown>) => void;
  /** The isolate's hot tier in front of KV; absent when `HOT_CACHE_SECONDS` is 0. */
  hot?: HotTierOptions;
  /** The ETags of the cached reads of this request so far (`src/site/memo.ts`). */
  seen?: string[];
}

const seenByRequest = new WeakMap<Request, string[]>();

/** The ETags of the cached reads a request made so far, in the order they answered. */
export function readsSeen(c: Context<AppEnv>): string[] {
  const seen = seenByRequest.get(c.req.raw) ?? [];
  seenByRequest.set(c.req.raw, seen);
  return seen;
}

/** Which CRM and account a configuration reads, so isolate memory never mixes two of them. */
export function tenantOf(config: Config): string {
  return config.CRM === "caraer"
    ? `caraer|${config.CARAER_API_BASE}|${config.CARAER_COMPANY_UUID}`
    : // Kasar's token names the organisation, but a secret has no place in a key.
      `kasar|${config.KASAR_API_BASE}`;
}

/** Builds the read context of a request. */
export function readContext(c: Context<AppEnv>): ReadContext {
  const services = c.get("services");
  const { log, config } = services;
  return {
    upstream: readPortFor(services.upstream),
    // A getter: only requests that read a form build the forms adapter.
    get forms() {
      return services.submissionsFor("read", c.env.CACHE);
    },
    log,
    kv: c.env.CACHE,
    tenant: tenantOf(config),
    waitUntil: (promise) => c.executionCtx.waitUntil(promise),
    seen: readsSeen(c),
    hot:
      config.HOT_CACHE_SECONDS > 0
        ? {
            tier: isolateHotTier(config.HOT_CACHE_BYTES),
            windowMs: config.HOT_CACHE_SECONDS * 1000,
          }
        : undefined,
  };
}
