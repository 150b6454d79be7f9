import { bumpGeneration } from "../cache/generation";
import type { GenerationCounter } from "../cache/generation-object";

/** What one invalidation did. */
export interface Invalidation {
  object: string;
  generation: number;
}

/**
 * Invalidates what a change to one record can have made wrong, with one bump
 * of its object's generation: every cached list page of the object is
 * orphaned (the generation is part of its key), and every cached record,
 * preview and CMS page built from a record of the object (including
 * tombstones) revalidates before it is served again (docs/kv-keys.md). Nothing
 * is deleted, so a burst of webhooks for one record never writes its keys.
 */
export async function invalidateObject(
  counters: DurableObjectNamespace<GenerationCounter>,
  object: string,
): Promise<Invalidation> {
  return { object, generation: await bumpGeneration(counters, object) };
}
