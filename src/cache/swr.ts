import {
  type CachedBody,
  computeEtag,
  type EntryMeta,
  type StoredMeta,
  type TombstoneMeta,
} from "./entry";
import type { HotTierOptions } from "./hot-tier";

/** KV's minimum `expirationTtl`, in seconds. */
const KV_MIN_EXPIRATION = 60;

/**
 * The shortest time a tombstone is trusted, in seconds: KV's minimum
 * `expirationTtl`, so a tombstone is never trusted for less time than KV
 * keeps it. Otherwise a tombstone is trusted for the entry's `ttl`, like the
 * answer it replaced.
 */
export const TOMBSTONE_MIN_TTL = KV_MIN_EXPIRATION;

/**
 * What a read does with an entry past its `ttl`: serve it and refresh in the
 * background (`background`: the first read after `ttl` gets the old answer),
 * or refresh first and serve the old entry only if the refresh fails
 * (`before-answering`: the first read after `ttl` gets Caraer's current
 * answer, including "gone").
 */
export type Revalidation = "background" | "before-answering";

/**
 * Ties entries to an object's cache generation, so that a webhook for the
 * object makes them revalidate before they are served again.
 */
export interface GenerationFollow<T> {
  /** The current generation of an object. */
  current: (object: string) => Promise<number>;
  /** The object, when it is known before loading (a list's object). */
  object?: string;
  /** The object a loaded value is built from, when only the value tells (a page's backing record). */
  objectOf?: (value: T) => string | null;
}

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
   * does not exist or is out of scope. A key that held an entry then gets a
   * tombstone; a key that never held one stores nothing.
   */
  load: () => Promise<T | null>;
  /** What a read past `ttl` does; `background` by default. */
  revalidate?: Revalidation;
  /** Makes entries follow an object's cache generation. */
  follow?: GenerationFollow<T>;
  /** Keeps background refreshes alive after the response is sent. */
  waitUntil: (promise: Promise<unknown>) => void;
  /**
   * The isolate's hot tier in front of KV (docs/kv-keys.md, "Hot tier"): a copy
   * younger than its window answers without a KV read, if it would answer as a
   * fresh entry from KV would. Off when absent.
   */
  hot?: HotTierOptions;
  /** Called when a refresh or a cache write fails; the stale entry stays. */
  onRefreshError?: (error: unknown) => void;
  /** Collects the ETag of the answer (`-` for none): what a page rendered from it depends on. */
  seen?: string[];
  now?: () => number;
}

/** The object generation an entry is stamped with, read before loading. */
interface Stamp {
  object?: string;
  generation?: number;
}

// One load per key per isolate: a burst of requests on a missing or stale
// entry must not become a burst of upstream calls.
const inflight = new Map<string, Promise<CachedBody | null>>();

/**
 * Reads through KV with stale-while-revalidate and stale-if-error
 * (docs/kv-keys.md): fresh entries are served as they are (HIT); entries past
 * `ttl` but within `staleTtl` are refreshed as `revalidate` says, and served
 * (STALE) while a failing Caraer cannot refresh them; anything else is fetched
 * now (MISS), and a failure then propagates to the caller. "Not found" is not
 * an error: it replaces the entry with a tombstone and answers `null`.
 */
export async function cachedRead<T>(options: CachedReadOptions<T>): Promise<CachedBody | null> {
  const answer = await readThrough(options);
  options.seen?.push(answer?.etag ?? "-");
  return answer;
}

async function readThrough<T>(options: CachedReadOptions<T>): Promise<CachedBody | null> {
  const now = options.now?.() ?? Date.now();
  const follow = options.follow;
  const knownGeneration = follow?.object === undefined ? undefined : follow.current(follow.object);
  const hot = options.hot?.tier.get(options.key, now - options.hot.windowMs);
  if (hot) {
    const stamp = await stampOfEntry(follow, hot.meta, await knownGeneration);
    const answer = freshAnswer(options, now, hot.value, hot.meta, stamp);
    if (answer !== undefined) return answer;
  }
  const [cached, generation] = await Promise.all([
    options.kv.getWithMetadata<StoredMeta>(options.key, "text"),
    knownGeneration,
  ]);
  const meta = cached.value === null ? null : cached.metadata;
  if (!meta) {
    return loadOnce(options, now, { object: follow?.object, generation }, false);
  }
  const value = cached.value ?? "";
  const stamp = await stampOfEntry(follow, meta, generation);
  const fresh = freshAnswer(options, now, value, meta, stamp);
  if (fresh !== undefined) {
    options.hot?.tier.set(options.key, { value, meta, copiedAt: now });
    return fresh;
  }
  if ("gone" in meta) return loadOnce(options, now, stamp, true);
  const outdated = isOutdated(meta, stamp);
  const entry = { body: value, etag: meta.etag, fetchedAt: meta.fetchedAt };
  if (now - meta.fetchedAt > (options.ttl + options.staleTtl) * 1000) {
    return loadOnce(options, now, stamp, true);
  }
  if (options.revalidate !== "before-answering" && !outdated) {
    if (!inflight.has(options.key)) {
      options.waitUntil(
        loadOnce(options, now, stamp, true).catch((error: unknown) =>
          options.onRefreshError?.(error),
        ),
      );
    }
    return { ...entry, state: "STALE" };
  }
  try {
    return await loadOnce(options, now, stamp, true);
  } catch (error) {
    // stale-if-error: Caraer failing (5xx, timeout) is covered by the old entry; "not found" is not an error.
    options.onRefreshError?.(error);
    return { ...entry, state: "STALE" };
  }
}

/**
 * The stamp an entry is judged by: its object (or the read's) and that
 * object's current generation.
 */
async function stampOfEntry<T>(
  follow: GenerationFollow<T> | undefined,
  meta: StoredMeta,
  knownGeneration: number | undefined,
): Promise<Stamp> {
  const object = meta.object ?? follow?.object;
  if (object === undefined || !follow) return { object };
  const generation = object === follow.object ? knownGeneration : await follow.current(object);
  return { object, generation };
}

/** A webhook bumped the object since the entry was stored: it must not be served as it is. */
function isOutdated(meta: StoredMeta, stamp: Stamp): boolean {
  return stamp.generation !== undefined && stamp.generation > (meta.generation ?? 0);
}

/**
 * The answer an entry gives without asking Caraer: HIT for a fresh entry,
 * `null` for a trusted tombstone; `undefined` when it is stale, expired or
 * outdated and the read has to go on.
 */
function freshAnswer<T>(
  options: CachedReadOptions<T>,
  now: number,
  value: string,
  meta: StoredMeta,
  stamp: Stamp,
): CachedBody | null | undefined {
  if (isOutdated(meta, stamp)) return undefined;
  const age = now - meta.fetchedAt;
  if ("gone" in meta) {
    return age <= Math.max(options.ttl, TOMBSTONE_MIN_TTL) * 1000 ? null : undefined;
  }
  if (age > options.ttl * 1000) return undefined;
  return { body: value, etag: meta.etag, fetchedAt: meta.fetchedAt, state: "HIT" };
}

/** Joins the load already running for this key in this isolate, or starts one. */
function loadOnce<T>(
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
