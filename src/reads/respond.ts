import type { Context } from "hono";
import type { CachedBody } from "../cache/entry";
import type { Revalidation } from "../cache/swr";

/** Freshness settings of a cached public read. */
export interface Freshness {
  ttl: number;
  staleTtl: number;
}

/** What else {@link sendCached} may be told. */
export interface SendOptions {
  /** `Content-Type` of the body; JSON unless said otherwise (sitemaps, feeds). */
  contentType?: string;
  /** How the read revalidates past `ttl`: only background revalidation lets caches serve stale. */
  revalidate?: Revalidation;
}

/**
 * Sends a cached body as it was stored, with the headers browsers and
 * CDNs need to cache it too: `ETag` (Hono's `etag()` turns a matching
 * `If-None-Match` into 304), `Cache-Control`, `Age`, and `X-Cache` (HIT, MISS
 * or STALE). `Cache-Control` allows downstream caches what the edge itself
 * does past `ttl`: stale-while-revalidate only for reads that revalidate in
 * the background, so a browser does not show a removed record once more.
 */
export function sendCached(
  c: Context,
  cached: CachedBody,
  freshness: Freshness,
  { contentType = "application/json; charset=UTF-8", revalidate = "background" }: SendOptions = {},
): Response {
  const age = Math.max(0, Math.floor((Date.now() - cached.fetchedAt) / 1000));
  const whileRevalidate =
    revalidate === "background" ? `, stale-while-revalidate=${freshness.staleTtl}` : "";
  c.header("Content-Type", contentType);
  c.header("ETag", cached.etag);
  c.header(
    "Cache-Control",
    `public, max-age=${freshness.ttl}${whileRevalidate}, stale-if-error=${freshness.staleTtl}`,
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
