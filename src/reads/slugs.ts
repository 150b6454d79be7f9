import type { CachedBody } from "../cache/entry";
import { getGeneration } from "../cache/generation";
import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import type { ListDefinition } from "../config/lists";
import { describeError } from "../observability/log";
import { projectRecord } from "../projection/record";
import type { ReadContext } from "../services/read-context";
import { andItems } from "../upstream/filter";
import { publicShow } from "../upstream/scope";
import { loadPublicSchema } from "./public-schema";

/**
 * Reads the record of a public list whose `property` equals `value`, in the
 * same `{ data: record }` shape as `readRecord`; `null` when none (or the
 * property is not public: a private property must not even select records).
 * The list's base filter applies, so a draft is as missing as an unknown slug.
 */
export async function readRecordBySlug(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  property: string,
  value: string,
): Promise<CachedBody | null> {
  const schema = await loadPublicSchema(ctx, list);
  if (schema.properties.get(property)?.type !== "string") return null;
  const generation = await getGeneration(ctx.kv, list.object);
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.slug(name, generation, schema.fingerprint, property, value),
    ttl: list.ttl,
    staleTtl: list.staleTtl,
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("slug.refresh_failed", { list: name, ...describeError(error) }),
    load: async () => {
      const result = await ctx.upstream.indexRecords({
        mainObject: list.object,
        page: 1,
        limit: 1,
        filter: andItems(list.filter, [
          { object: null, relation: null, property, operator: "equals_exactly", value },
        ]),
        show: publicShow(list.object, schema),
      });
      const record = result.data[0];
      if (!record) return null;
      const projected = projectRecord(record, schema);
      // Caraer's equals_exactly is trusted for scope, and checked again for the value itself.
      return projected.properties[property] === value ? { data: projected } : null;
    },
  });
}
