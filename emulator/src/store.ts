import { DEFAULT_SEED } from "./ours";
import { createPrng, type Prng, randomHex, randomUuid } from "./prng";
import { seedData } from "./seed";
import { WEBPAGES } from "./seed/webpages";
import type { RelationEdge, StoredRecord, Upload, WebpageDef } from "./types";

/** The mutable data of the emulated company. The schema (objects, properties, forms…) is static. */
export interface Db {
  records: Map<string, StoredRecord>;
  edges: RelationEdge[];
  uploads: Map<string, Upload>;
  /** The public site's pages; copies, so the control API can unpublish one until the next reset. */
  webpages: WebpageDef[];
}

interface State {
  db: Db;
  /** Draws identifiers (record UUIDs, upload keys) so they repeat after a reset with the same seed. */
  ids: Prng;
  lastTimestamp: number;
}

function fresh(seed: number): State {
  const { records, edges } = seedData();
  const latest = Math.max(...records.flatMap((r) => [r.createdAt, r.updatedAt, r.deletedAt ?? 0]));
  return {
    db: {
      records: new Map(records.map((r) => [r.uuid, r])),
      edges,
      uploads: new Map(),
      webpages: structuredClone([...WEBPAGES]),
    },
    // Offset so the id stream differs from the fault stream seeded with the same number.
    ids: createPrng(seed ^ 0x5eed1d5),
    lastTimestamp: latest,
  };
}

let state = fresh(DEFAULT_SEED);

/** Restores the seeded demo data and reseeds the identifier stream. */
export function resetStore(seed: number): void {
  state = fresh(seed);
}

/** The current data. */
export function db(): Db {
  return state.db;
}

/** A new record UUID from the seeded stream. */
export function newUuid(): string {
  return randomUuid(state.ids);
}

/** `count` random hex digits from the seeded stream. */
export function newHex(count: number): string {
  return randomHex(state.ids, count);
}

/**
 * The timestamp for a write: wall-clock time, but strictly increasing, so
 * `updatedAt` orders writes even when the Workers clock stands still within
 * a request.
 */
export function now(): number {
  state.lastTimestamp = Math.max(Date.now(), state.lastTimestamp + 1);
  return state.lastTimestamp;
}
