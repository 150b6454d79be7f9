import { kvKeys } from "./keys";

/**
 * How long an isolate trusts its copy of a generation counter. Reading the
 * counter from KV on every list read would double the KV reads of the hot
 * path; a few seconds of extra staleness after a webhook is the price.
 */
export const GENERATION_MEMORY_MS = 5_000;

const memory = new Map<string, { value: number; until: number }>();

/** The current cache generation of an object (0 when never bumped). */
export async function getGeneration(
  kv: KVNamespace,
  object: string,
  now = Date.now(),
): Promise<number> {
  const key = await kvKeys.generation(object);
  const remembered = memory.get(key);
  if (remembered && remembered.until > now) return remembered.value;
  const value = await readGeneration(kv, key);
  memory.set(key, { value, until: now + GENERATION_MEMORY_MS });
  return value;
}

async function readGeneration(kv: KVNamespace, key: string): Promise<number> {
  const stored = await kv.get(key, "text");
  return stored === null ? 0 : Number.parseInt(stored, 10) || 0;
}

/**
 * Moves an object to a new generation, orphaning every list page and property
 * set cached under the old one with a single write (orphans expire by TTL).
 * The new value is time-based, so two concurrent bumps cannot both land on
 * the same number the way a read-increment-write counter could.
 */
export async function bumpGeneration(
  kv: KVNamespace,
  object: string,
  now = Date.now(),
): Promise<number> {
  const key = await kvKeys.generation(object);
  const current = await readGeneration(kv, key);
  const value = Math.max(now, current + 1);
  await kv.put(key, String(value));
  memory.set(key, { value, until: now + GENERATION_MEMORY_MS });
  return value;
}
