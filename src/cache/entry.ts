/**
 * Metadata stored beside every cached body (KV metadata, read in the same
 * round trip). `object` and `generation` tie an entry to an object's cache
 * generation when it follows one (records, previews, pages: docs/kv-keys.md).
 */
export interface EntryMeta {
  /** Strong ETag of the body bytes, quoted. */
  etag: string;
  /** When the body was fetched from Caraer, in ms since the epoch. */
  fetchedAt: number;
  /** The Caraer object whose generation the entry follows. */
  object?: string;
  /** That object's generation when the body was fetched. */
  generation?: number;
}

/**
 * Metadata of a tombstone: Caraer answered "not found" (or "out of scope") for
 * a key that held an entry. Its value is the empty string.
 */
export interface TombstoneMeta {
  gone: true;
  fetchedAt: number;
  object?: string;
  generation?: number;
}

/** Metadata of anything stored under a cache key. */
export type StoredMeta = EntryMeta | TombstoneMeta;

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
