import { createPrng, type Prng, randomUuid } from "../../src/prng";
import { DEFAULT_SEED } from "./ours";
import { type OrgId, seedOrg } from "./seed";

/** A stored value: JSON as the API takes and answers it (dates as ISO strings, files as objects). */
export type StoredValue =
  | string
  | number
  | boolean
  | string[]
  | Record<string, unknown>
  | Record<string, unknown>[];

/** A record as the store holds it, private fields included; absent fields are null on reads. */
export interface StoredRecord {
  id: string;
  object: string;
  created_at: string;
  updated_at: string;
  values: Record<string, StoredValue>;
}

/** An association between two records; stored once, readable from both sides. */
export interface Association {
  object: string;
  id: string;
  toObject: string;
  toId: string;
}

/** One organisation's data. */
export interface OrgData {
  records: Map<string, StoredRecord>;
  associations: Association[];
}

interface State {
  orgs: Map<OrgId, OrgData>;
  ids: Prng;
  lastTimestamp: number;
}

function fresh(seed: number): State {
  const orgs = new Map<OrgId, OrgData>();
  let latest = 0;
  for (const org of ["demo", "other"] as const) {
    const { records, associations } = seedOrg(org);
    for (const r of records) latest = Math.max(latest, Date.parse(r.updated_at));
    orgs.set(org, { records: new Map(records.map((r) => [r.id, r])), associations });
  }
  // Offset so the id stream differs from the fault stream seeded with the same number.
  return { orgs, ids: createPrng(seed ^ 0x4a5a5a), lastTimestamp: latest };
}

let state = fresh(DEFAULT_SEED);

/** Restores the seeded data of every organisation and reseeds the id stream. */
export function resetStore(seed: number): void {
  state = fresh(seed);
}

/** One organisation's current data. */
export function orgData(org: OrgId): OrgData {
  const data = state.orgs.get(org);
  if (!data) throw new Error(`unknown organisation ${org}`);
  return data;
}

/** A new record id from the seeded stream, so ids repeat after a reset with the same seed. */
export function newId(): string {
  return randomUuid(state.ids);
}

/**
 * The timestamp of a write, ISO: wall-clock time, but strictly increasing, so
 * `updated_at` orders writes even when the Workers clock stands still within a request.
 */
export function nowIso(): string {
  state.lastTimestamp = Math.max(Date.now(), state.lastTimestamp + 1);
  return new Date(state.lastTimestamp).toISOString();
}
