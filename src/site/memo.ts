import type { Context } from "hono";
import type { HotTierOptions } from "../cache/hot-tier";
import type { AppEnv } from "../http/context";
import { readContext, readsSeen } from "../services/read-context";

/** A rendered page kept in isolate memory: its bytes and their ETag. */
export interface MemoPage {
  html: string;
  etag: string;
}

/** The memo slot of one request's page: what it answered last time, and where to keep this answer. */
export interface PageMemo {
  get(): MemoPage | undefined;
  set(page: MemoPage): void;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A number per configuration object: a new `SITE`, `LISTS` or `FORMS` is a new page. */
function idOf(config: object): number {
  let id = ids.get(config);
  if (id === undefined) {
    id = nextId++;
    ids.set(config, id);
  }
  return id;
}

/**
 * The memo key of a page (docs/kv-keys.md, "Rendered pages"): the
 * configuration, the path and query, and the ETags of every cached read the
 * request made. A page is a pure function of these, so when any read answers
 * another body (a webhook bump, a refresh, a tombstone) the key changes and the
 * page renders again; nothing is ever staler than the reads themselves.
 */
export function memoKey(config: object, url: string, seen: readonly string[]): string {
  const { pathname, search } = new URL(url);
  return `html|${idOf(config)}|${pathname}${search}|${[...seen].sort().join(",")}`;
}

/** A memo over the isolate's hot tier, sharing its byte budget and window. */
export function tierMemo(hot: HotTierOptions, key: string, now: number): PageMemo {
  return {
    get: () => {
      const copy = hot.tier.get(key, now - hot.windowMs);
      return copy && "etag" in copy.meta ? { html: copy.value, etag: copy.meta.etag } : undefined;
    },
    set: ({ html, etag }) =>
      hot.tier.set(key, { value: html, meta: { etag, fetchedAt: now }, copiedAt: now }),
  };
}

/**
 * The memo of this request's page, after its reads; absent when the hot tier
 * is off (`HOT_CACHE_SECONDS` 0): then every page renders.
 */
export function pageMemo(c: Context<AppEnv>): PageMemo | undefined {
  const { hot } = readContext(c);
  if (!hot) return undefined;
  return tierMemo(hot, memoKey(c.get("services").config, c.req.url, readsSeen(c)), Date.now());
}
