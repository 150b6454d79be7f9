import type { CachedBody } from "../cache/entry";
import { getGeneration } from "../cache/generation";
import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import type { ListDefinition } from "../config/lists";
import { describeError } from "../observability/log";
import { projectRecord } from "../projection/record";
import type { ReadContext } from "../services/read-context";
import { CursorChain } from "./cursor-chain";
import { buildIndexBody, canonicalListQuery, parseListQuery } from "./list-query";
import { logOperatorMistakes, operatorMistakes } from "./operator-mistakes";
import { loadPublicSchema } from "./public-schema";

/**
 * Reads one page of a public list: validates the query against the public
 * set, then serves it from KV or the CRM. The cached body is the final,
 * projected JSON, so a cache hit does no projection work at all. A list over
 * a CRM that pages by cursor (Kasar) answers `meta.nextCursor` too, takes
 * `cursor=` for the page it starts, and reaches page numbers through its
 * query's cursor chain.
 */
export async function readListPage(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  query: URLSearchParams,
): Promise<CachedBody> {
  // Independent look-ups, side by side: on a cold isolate each may be a KV read.
  const [schema, generation] = await Promise.all([
    loadPublicSchema(ctx, list),
    getGeneration(ctx.kv, list.object),
  ]);
  logOperatorMistakes(ctx.log, operatorMistakes(name, list, schema));
  const cursors = ctx.upstream.paging === "cursor";
  const parsed = parseListQuery(query, list, schema, { cursors });
  const chain = cursors ? await CursorChain.of(ctx, name, list, generation, schema, parsed) : null;
  // A cursor stands for the page it starts, so both ways share one cache entry.
  const request =
    chain && parsed.cursor ? { ...parsed, page: await chain.pageOf(parsed.cursor) } : parsed;
  const cached = await cachedRead({
    kv: ctx.kv,
    key: await kvKeys.listPage(name, generation, schema.fingerprint, canonicalListQuery(request)),
    ttl: list.ttl,
    staleTtl: list.staleTtl,
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("list.refresh_failed", { list: name, ...describeError(error) }),
    load: async () => {
      const body = buildIndexBody(list, schema, request);
      const result = chain
        ? await chain.fetchPage(body, request.page, schema)
        : await ctx.upstream.indexRecords(body, schema);
      return {
        data: result.data.map((record) => projectRecord(record, schema)),
        meta: {
          page: request.page,
          limit: request.limit,
          total: result.total,
          lastPage: result.lastPage,
          ...(chain ? { nextCursor: result.nextCursor } : {}),
        },
      };
    },
  });
  // `load` never answers null, so neither does the cache.
  return cached as CachedBody;
}
