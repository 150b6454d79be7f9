import type { StoredMeta } from "./entry";

/** What the hot tier keeps of a KV entry: exactly what KV returned, or what was just written. */
export interface HotCopy {
  /** The stored value: the final body, or `""` for a tombstone. */
  value: string;
  /** The entry's KV metadata: ETag, `fetchedAt`, generation stamp (docs/kv-keys.md). */
  meta: StoredMeta;
  /** When this isolate took the copy, in ms since the epoch. */
  copiedAt: number;
}

/** How reads use the hot tier (`HOT_CACHE_SECONDS`, `HOT_CACHE_BYTES`). */
export interface HotTierOptions {
  tier: HotTier;
  /** How long a copy may answer without a KV read, in ms. */
  windowMs: number;
}

/**
 * A bounded least-recently-used map of KV entries in isolate memory, in front
 * of KV (docs/kv-keys.md, "Hot tier"), so that a popular cached read costs no
 * KV read. It only remembers: whether a copy may answer (fresh, not outdated
 * by a generation bump) is decided by the cache logic exactly as for an entry
 * read from KV (`src/cache/swr.ts`). A copy older than the window is never
 * returned, which bounds how long this isolate can miss a change of the KV
 * entry that no generation bump announces.
 *
 * The budget counts two bytes per character of key and value: V8 keeps a
 * string in one or two bytes per character, so this is an upper bound of what
 * the strings hold. A value over a quarter of the budget is not kept, so one
 * large answer cannot flush every popular one.
 */
export class HotTier {
  readonly #copies = new Map<string, HotCopy>();
  #bytes = 0;

  /** @param maxBytes the byte budget (see the class comment for how bytes are counted) */
  constructor(readonly maxBytes: number) {}

  /** The bytes currently counted against the budget. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The number of copies held. */
  get size(): number {
    return this.#copies.size;
  }

  /**
   * The copy of `key` taken at `notBefore` or later, marked as most recently
   * used; an older copy is dropped and nothing is returned.
   */
  get(key: string, notBefore: number): HotCopy | undefined {
    const copy = this.#copies.get(key);
    if (!copy) return undefined;
    this.#drop(key, copy);
    if (copy.copiedAt < notBefore) return undefined;
    // Re-inserting moves the key to the end of the Map's insertion order: the most recent.
    this.#copies.set(key, copy);
    this.#bytes += cost(key, copy.value);
    return copy;
  }

  /** Keeps a copy of `key`, evicting the least recently used copies to stay in budget. */
  set(key: string, copy: HotCopy): void {
    const existing = this.#copies.get(key);
    if (existing) this.#drop(key, existing);
    const bytes = cost(key, copy.value);
    if (bytes > this.maxBytes / 4) return;
    this.#copies.set(key, copy);
    this.#bytes += bytes;
    for (const [oldest, victim] of this.#copies) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(oldest, victim);
    }
  }

  /** Forgets the copy of `key`, if any. */
  delete(key: string): void {
    const copy = this.#copies.get(key);
    if (copy) this.#drop(key, copy);
  }

  #drop(key: string, copy: HotCopy): void {
    this.#copies.delete(key);
    this.#bytes -= cost(key, copy.value);
  }
}

function cost(key: string, value: string): number {
  return 2 * (key.length + value.length);
}

let shared: HotTier | undefined;

/**
 * The isolate's hot tier for a byte budget. One per isolate: every request
 * of the isolate shares it. A changed budget (a new configuration) starts an
 * empty tier.
 */
export function isolateHotTier(maxBytes: number): HotTier {
  if (shared?.maxBytes !== maxBytes) shared = new HotTier(maxBytes);
  return shared;
}
