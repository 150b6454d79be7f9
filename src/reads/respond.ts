import type { Context } from "hono";
import type { CachedBody } from "../cache/entry";

/** Freshness settings of a cached public read. */
export interface Freshness {
  ttl: number;
  staleTtl: number;
}

/** What else {@link sendCached} may be told. */
export interface SendOptions {
  /** `Content-Type` of the body; JSON unless said otherwise (sitemaps, feeds). */
  contentType?: string;
  now?: number;
}

/**
 * Sends a cached body as it was stored, with the headers browsers and
 * CDNs need to cache it too: `ETag` (Hono's `etag()` turns a matching
 * `If-None-Match` into 304), `Cache-Control` with stale-while-revalidate,
 * `Age`, and `X-Cache` (HIT, MISS or STALE).
 */
export function sendCached(
  c: Context,
  cached: CachedBody,
  freshness: Freshness,
  { contentType = "application/json; charset=UTF-8", now = Date.now() }: SendOptions = {},
): Response {
  const age = Math.max(0, Math.floor((now - cached.fetchedAt) / 1000));
  c.header("Content-Type", contentType);
  c.header("ETag", cached.etag);
  c.header(
    "Cache-Control",
    `public, max-age=${freshness.ttl}, stale-while-revalidate=${freshness.staleTtl}, stale-if-error=${freshness.staleTtl}`,
  );
  c.header("Age", String(age));
  c.header("X-Cache", cached.state);
  return c.body(cached.body, 200);
}

/** Headers kept on a 304 answer, so browsers and CORS treat it like the 200 it stands for. */
export const RETAINED_304_HEADERS = [
  "cache-control",
  "content-location",
  "date",
  "etag",
  "expires",
  "vary",
  "age",
  "x-cache",
  "x-request-id",
  "access-control-allow-origin",
  "access-control-expose-headers",
];
