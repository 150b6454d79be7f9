import type { Context } from "hono";
import { type HotTierOptions, isolateHotTier } from "../cache/hot-tier";
import type { AppEnv } from "../http/context";
import type { Logger } from "../observability/log";
import type { CaraerClient } from "../upstream/client";

/** What the read services need from a request. */
export interface ReadContext {
  caraer: CaraerClient;
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

/** Builds the read context of a request. */
export function readContext(c: Context<AppEnv>): ReadContext {
  const { caraer, log, config } = c.get("services");
  return {
    caraer,
    log,
    kv: c.env.CACHE,
    tenant: `${config.CARAER_API_BASE}|${config.CARAER_COMPANY_UUID}`,
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
