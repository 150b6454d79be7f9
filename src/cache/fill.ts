import { type CachedBody, computeEtag, type EntryMeta, type TombstoneMeta } from "./entry";
import type { CachedReadOptions, GenerationFollow, Stamp } from "./read-options";

/** KV's minimum `expirationTtl`, in seconds. */
export const KV_MIN_EXPIRATION = 60;

// One load per key per isolate: a burst of requests on a missing or stale
// entry must not become a burst of upstream calls.
const inflight = new Map<string, Promise<CachedBody | null>>();

/** Whether a load of this key is running in this isolate. */
export function isLoading(key: string): boolean {
  return inflight.has(key);
}

/** Joins the load already running for this key in this isolate, or starts one. */
export function loadOnce<T>(
  options: CachedReadOptions<T>,
  now: number,
  stamp: Stamp,
  existed: boolean,
): Promise<CachedBody | null> {
  const running = inflight.get(options.key);
  if (running) return running;
  const load = fetchAndStore(options, now, stamp, existed).finally(() =>
    inflight.delete(options.key),
  );
  inflight.set(options.key, load);
  return load;
}

async function fetchAndStore<T>(
  options: CachedReadOptions<T>,
  now: number,
  stamp: Stamp,
  existed: boolean,
): Promise<CachedBody | null> {
  const value = await options.load();
  if (value === null) {
    // Only keys that held an entry get a tombstone: unknown keys are the
    // caller's choice, and storing each would turn a scan into KV writes.
    if (existed) store(options, "", { gone: true, fetchedAt: now, ...stampFields(stamp) });
    return null;
  }
  const body = JSON.stringify(value);
  const meta: EntryMeta = {
    etag: await computeEtag(body),
    fetchedAt: now,
    ...stampFields(await stampOf(options.follow, value, stamp)),
  };
  store(options, body, meta);
  return { body, etag: meta.etag, fetchedAt: meta.fetchedAt, state: "MISS" };
}

/**
 * The stamp of a loaded value. When only the value names its object (a page),
 * the generation is read after loading: a bump that lands during the load may
 * then go unnoticed until the entry's `ttl`, the bound without a webhook.
 */
async function stampOf<T>(
  follow: GenerationFollow<T> | undefined,
  value: T,
  stamp: Stamp,
): Promise<Stamp> {
  if (!follow?.objectOf) return stamp;
  const object = follow.objectOf(value) ?? undefined;
  if (object === stamp.object) return stamp;
  return { object, generation: object === undefined ? undefined : await follow.current(object) };
}

function stampFields(stamp: Stamp): Stamp {
  return stamp.object === undefined || stamp.generation === undefined
    ? {}
    : { object: stamp.object, generation: stamp.generation };
}

function store<T>(
  options: CachedReadOptions<T>,
  value: string,
  metadata: EntryMeta | TombstoneMeta,
): void {
  const expirationTtl = Math.max(KV_MIN_EXPIRATION, options.ttl + options.staleTtl);
  options.hot?.tier.set(options.key, { value, meta: metadata, copiedAt: metadata.fetchedAt });
  options.waitUntil(
    options.kv
      .put(options.key, value, { metadata, expirationTtl })
      .catch((error: unknown) => options.onRefreshError?.(error)),
  );
}
