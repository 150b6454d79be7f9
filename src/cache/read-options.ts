/**
 * The options of one cached read (`src/cache/swr.ts`), shared with the code
 * that fills the cache (`src/cache/fill.ts`).
 */
import type { HotTierOptions } from "./hot-tier";

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
export interface Stamp {
  object?: string;
  generation?: number;
}
