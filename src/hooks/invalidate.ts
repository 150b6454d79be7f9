import { bumpGeneration } from "../cache/generation";
import { kvKeys } from "../cache/keys";
import type { Config } from "../config/config";
import { describeError } from "../observability/log";
import type { ReadContext } from "../reads/context";
import { loadPublicSchema } from "../reads/public-schema";

/** What one invalidation did. */
export interface Invalidation {
  object: string;
  generation: number;
  deletedKeys: number;
}

/**
 * Invalidates what a change to one record can have made wrong: every cached
 * list of its object (one write: a new generation) and the record's detail and
 * preview entries in every list of that object (deleted). Webpages are left to
 * their TTL: a page does not say which records it shows.
 */
export async function invalidateRecord(
  ctx: ReadContext,
  config: Config,
  object: string,
  uuid: string,
): Promise<Invalidation> {
  const generation = await bumpGeneration(ctx.kv, object);
  const lists = Object.entries(config.LISTS).filter(([, list]) => list.object === object);
  if (lists.length === 0) return { object, generation, deletedKeys: 0 };
  let fingerprint: string;
  try {
    fingerprint = (await loadPublicSchema(ctx, object)).fingerprint;
  } catch (error) {
    // Entries then expire by TTL; the generation bump above already covers lists.
    ctx.log.warn("webhook.schema_unavailable", { object, ...describeError(error) });
    return { object, generation, deletedKeys: 0 };
  }
  const keys = await Promise.all(
    lists.flatMap(([name, list]) => [
      kvKeys.record(name, fingerprint, uuid),
      ...list.previews.map((preview) => kvKeys.preview(name, fingerprint, uuid, preview)),
    ]),
  );
  await Promise.all(keys.map((key) => ctx.kv.delete(key)));
  return { object, generation, deletedKeys: keys.length };
}
