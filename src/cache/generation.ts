import type { GenerationCounter } from "./generation-object";
import { kvKeys } from "./keys";

/**
 * How long an isolate trusts its copy of a generation counter. Reading the
 * counter from KV on every read would double the KV reads of the hot path;
 * a few seconds of extra staleness after a webhook is the price.
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
  const stored = await kv.get(key, "text");
  const value = stored === null ? 0 : Number.parseInt(stored, 10) || 0;
  // A bump seen by this isolate is never forgotten in favour of an older KV value.
  const known = Math.max(value, remembered?.value ?? 0);
  memory.set(key, { value: known, until: now + GENERATION_MEMORY_MS });
  return known;
}

/**
 * Moves an object to a new generation, orphaning every list page cached under
 * the old one and making every record, preview and page built from the object
 * revalidate before it is served again (docs/kv-keys.md). The bump goes
 * through the object's `GenerationCounter` Durable Object, which gives every
 * bump its own number and writes KV at most once a second, so a burst of
 * webhooks cannot exceed KV's per-key write rate. This isolate sees the new
 * generation at once; others within `GENERATION_MEMORY_MS` plus KV's propagation.
 */
export async function bumpGeneration(
  counters: DurableObjectNamespace<GenerationCounter>,
  object: string,
  now = Date.now(),
): Promise<number> {
  const value = await counters.get(counters.idFromName(object)).bump(object);
  const key = await kvKeys.generation(object);
  memory.set(key, { value, until: now + GENERATION_MEMORY_MS });
  return value;
}
