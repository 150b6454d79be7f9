import type { CachedBody } from "../cache/entry";
import { getGeneration } from "../cache/generation";
import { kvKeys } from "../cache/keys";
import { cachedRead, type GenerationFollow } from "../cache/swr";
import type { ListDefinition } from "../config/lists";
import { describeError } from "../observability/log";
import { projectPreview } from "../projection/preview";
import { projectRecord } from "../projection/record";
import type { ReadContext } from "../services/read-context";
import { findRecordInList, publicShow } from "../upstream/scope";
import { loadPublicSchema } from "./public-schema";

/**
 * Records and previews revalidate before answering once past `ttl`, and
 * follow their object's generation, so a record that left the list's scope
 * answers 404 on the first read after `ttl`, or after its webhook
 * (docs/kv-keys.md, "Freshness after removal").
 */
function followObject(ctx: ReadContext, object: string): GenerationFollow<unknown> {
  return { object, current: (name) => getGeneration(ctx.kv, name) };
}

/** Reads one record of a public list; `null` when it is missing or outside the list's scope. */
export async function readRecord(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  uuid: string,
): Promise<CachedBody | null> {
  const schema = await loadPublicSchema(ctx, list);
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.record(name, schema.fingerprint, uuid),
    ttl: list.ttl,
    staleTtl: list.staleTtl,
    revalidate: "before-answering",
    follow: followObject(ctx, list.object),
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("record.refresh_failed", { list: name, ...describeError(error) }),
    load: async () => {
      const record = await findRecordInList(
        ctx.upstream,
        list,
        uuid,
        publicShow(list.object, schema),
      );
      return record ? { data: projectRecord(record, schema) } : null;
    },
  });
}

/**
 * Reads a named preview of a record of a public list; `null` when the record
 * is missing or outside the list's scope, or Caraer has no such preview.
 */
export async function readPreview(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  uuid: string,
  preview: string,
): Promise<CachedBody | null> {
  const schema = await loadPublicSchema(ctx, list);
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.preview(name, schema.fingerprint, uuid, preview),
    ttl: list.ttl,
    staleTtl: list.staleTtl,
    revalidate: "before-answering",
    follow: followObject(ctx, list.object),
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("preview.refresh_failed", { list: name, ...describeError(error) }),
    load: async () => {
      // The scope check comes first: Caraer would render a preview of a draft just as happily.
      const record = await findRecordInList(ctx.upstream, list, uuid, []);
      if (!record) return null;
      const found = await ctx.upstream.getPreview(uuid, preview);
      return found ? { data: projectPreview(found, schema) } : null;
    },
  });
}
