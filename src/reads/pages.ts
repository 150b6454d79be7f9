import type { CachedBody } from "../cache/entry";
import { getGeneration } from "../cache/generation";
import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import { describeError } from "../observability/log";
import { projectWebpage, webpageObject } from "../projection/webpage";
import type { ReadContext } from "../services/read-context";
import { loadPublicSchema } from "./public-schema";
import type { Freshness } from "./respond";

/**
 * Reads a published public webpage; `null` when Caraer has no such page or it
 * is unpublished. Past `ttl` it revalidates before answering, and it follows
 * the generation of its backing record's object, so an unpublished page or
 * one whose record was archived answers 404 on the first read after `ttl`,
 * or after the record's webhook (docs/kv-keys.md).
 */
export async function readPage(
  ctx: ReadContext,
  rootSlug: string,
  slug: string,
  freshness: Freshness,
): Promise<CachedBody | null> {
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.page(rootSlug, slug),
    ttl: freshness.ttl,
    staleTtl: freshness.staleTtl,
    revalidate: "before-answering",
    follow: {
      current: (object) => getGeneration(ctx.kv, object),
      objectOf: (value) => webpageObject(value.data),
    },
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) => ctx.log.warn("page.refresh_failed", { ...describeError(error) }),
    load: async () => {
      const page = await ctx.upstream.getWebpage(rootSlug, slug);
      if (!page || (page as { isPublished?: unknown }).isPublished === false) return null;
      const object = webpageObject(page);
      const schema = object ? await loadPublicSchema(ctx, object) : null;
      return { data: projectWebpage(page, schema) };
    },
  });
}
