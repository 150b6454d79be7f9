import type { CachedBody, StoredMeta } from "./entry";
import { isLoading, KV_MIN_EXPIRATION, loadOnce } from "./fill";
import type { CachedReadOptions, GenerationFollow, Stamp } from "./read-options";

export type { CachedReadOptions, GenerationFollow, Revalidation } from "./read-options";

/**
 * The shortest time a tombstone is trusted, in seconds: KV's minimum
 * `expirationTtl`, so a tombstone is never trusted for less time than KV
 * keeps it. Otherwise a tombstone is trusted for the entry's `ttl`, like the
 * answer it replaced.
 */
export const TOMBSTONE_MIN_TTL = KV_MIN_EXPIRATION;

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
    if (!isLoading(options.key)) {
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
