/** Metadata stored beside every cached body (KV metadata, read in the same round trip). */
export interface EntryMeta {
  /** Strong ETag of the body bytes, quoted. */
  etag: string;
  /** When the body was fetched from Caraer, in ms since the epoch. */
  fetchedAt: number;
}

/** Freshness of a cached answer, as reported in `X-Cache`. */
export type CacheState = "HIT" | "MISS" | "STALE";

/** A cached (or just fetched) response body, ready to send. */
export interface CachedBody {
  /** The JSON body, serialised once when it was fetched. */
  body: string;
  etag: string;
  fetchedAt: number;
  state: CacheState;
}

/** Computes the strong ETag of a body: a truncated SHA-256, base64url. */
export async function computeEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  const bytes = new Uint8Array(digest).slice(0, 18);
  const base64 = btoa(String.fromCharCode(...bytes));
  return `"${base64.replaceAll("+", "-").replaceAll("/", "_")}"`;
}
