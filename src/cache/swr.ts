import { type CachedBody, computeEtag, type EntryMeta } from "./entry";

/** KV's minimum `expirationTtl`, in seconds. */
const KV_MIN_EXPIRATION = 60;

/** How one cached read behaves. */
export interface CachedReadOptions<T> {
  kv: KVNamespace;
  key: string;
  /** Seconds an entry is fresh. */
  ttl: number;
  /** Seconds after `ttl` during which a stale entry is still served (and refreshed). */
  staleTtl: number;
  /**
   * Fetches and projects the value from Caraer. Resolves `null` when the thing
   * does not exist: that answer is not cached, so a record created later shows
   * up at once.
   */
  load: () => Promise<T | null>;
  /** Keeps background refreshes alive after the response is sent. */
  waitUntil: (promise: Promise<unknown>) => void;
  /** Called when a background refresh fails; the stale entry stays. */
  onRefreshError?: (error: unknown) => void;
  now?: () => number;
}

// One load per key per isolate: a burst of requests on a missing or stale
// entry must not become a burst of upstream calls.
const inflight = new Map<string, Promise<CachedBody | null>>();

/**
 * Reads through KV with stale-while-revalidate and stale-if-error:
 * fresh entries are served as they are (HIT); entries past `ttl` but within
 * `staleTtl` are served at once while one background refresh runs (STALE), so
 * a failing Caraer keeps being covered by the stale copy; anything else is
 * fetched now (MISS), and a failure then propagates to the caller.
 */
export async function cachedRead<T>(options: CachedReadOptions<T>): Promise<CachedBody | null> {
  const now = options.now?.() ?? Date.now();
  const cached = await options.kv.getWithMetadata<EntryMeta>(options.key, "text");
  if (cached.value !== null && cached.metadata) {
    const age = now - cached.metadata.fetchedAt;
    if (age <= options.ttl * 1000) return { body: cached.value, ...cached.metadata, state: "HIT" };
    if (age <= (options.ttl + options.staleTtl) * 1000) {
      if (!inflight.has(options.key)) {
        options.waitUntil(
          loadOnce(options, now).catch((error: unknown) => options.onRefreshError?.(error)),
        );
      }
      return { body: cached.value, ...cached.metadata, state: "STALE" };
    }
  }
  return loadOnce(options, now);
}

/** Joins the load already running for this key in this isolate, or starts one. */
function loadOnce<T>(options: CachedReadOptions<T>, now: number): Promise<CachedBody | null> {
  const running = inflight.get(options.key);
  if (running) return running;
  const load = fetchAndStore(options, now).finally(() => inflight.delete(options.key));
  inflight.set(options.key, load);
  return load;
}

async function fetchAndStore<T>(
  options: CachedReadOptions<T>,
  now: number,
): Promise<CachedBody | null> {
  const value = await options.load();
  if (value === null) return null;
  const body = JSON.stringify(value);
  const meta: EntryMeta = { etag: await computeEtag(body), fetchedAt: now };
  const expirationTtl = Math.max(KV_MIN_EXPIRATION, options.ttl + options.staleTtl);
  options.waitUntil(options.kv.put(options.key, body, { metadata: meta, expirationTtl }));
  return { body, ...meta, state: "MISS" };
}
