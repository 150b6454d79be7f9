import { type CachedBody, type CacheState, computeEtag } from "../cache/entry";
import type { ListDefinition } from "../config/lists";
import type { PublicRecord } from "../projection/record";
import { readListPage } from "../reads/lists";
import { loadPublicSchema } from "../reads/public-schema";
import type { ReadContext } from "../services/read-context";

/**
 * Most vacancies of one list a sitemap names. Larger boards are rare, and a
 * sitemap has to be rebuilt from every page it names on each refresh.
 */
export const SITEMAP_MAX_RECORDS_PER_LIST = 1_000;
/**
 * Most list pages a sitemap reads per list. Each is one cached read, and on a
 * miss one Caraer call: this bounds a cold sitemap's subrequests.
 */
export const SITEMAP_MAX_PAGES_PER_LIST = 10;
/** Entries of a list's feed: its newest vacancies. */
export const FEED_SIZE = 50;

/** Records read through the cached list reader, with the cache entries they came from. */
export interface RecordsRead {
  records: PublicRecord[];
  reads: CachedBody[];
}

interface ListBody {
  data: PublicRecord[];
  meta: { lastPage: number };
}

/**
 * Every record of a list, up to {@link SITEMAP_MAX_RECORDS_PER_LIST}, in the
 * list's default order: page 1 through the same cached reader (and cache
 * entries) as `GET /v1/lists/{list}?page=…&limit=<maxPageSize>`, then the
 * other pages at once. A record seen on two pages (the list changed between
 * their refreshes) is kept once.
 */
export async function readAllRecords(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
): Promise<RecordsRead> {
  const limit = list.maxPageSize;
  const maxPages = Math.min(
    SITEMAP_MAX_PAGES_PER_LIST,
    Math.ceil(SITEMAP_MAX_RECORDS_PER_LIST / limit),
  );
  const page = (number: number) =>
    readListPage(
      ctx,
      name,
      list,
      new URLSearchParams({ page: String(number), limit: String(limit) }),
    );
  const first = await page(1);
  const lastPage = Math.min(maxPages, (JSON.parse(first.body) as ListBody).meta.lastPage);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, lastPage - 1) }, (_, index) => page(index + 2)),
  );
  const reads = [first, ...rest];
  const seen = new Set<string>();
  const records = reads
    .flatMap((read) => (JSON.parse(read.body) as ListBody).data)
    .filter((record) => !seen.has(record.uuid) && seen.add(record.uuid))
    .slice(0, SITEMAP_MAX_RECORDS_PER_LIST);
  return { records, reads };
}

/**
 * The newest records of a list for its feed: sorted by `dateProperty`
 * descending when the list may be sorted on it (and it is public), else in
 * the list's default order; the feed orders its entries itself.
 */
export async function readNewestRecords(
  ctx: ReadContext,
  name: string,
  list: ListDefinition,
  dateProperty: string | undefined,
): Promise<RecordsRead> {
  const params = new URLSearchParams({ limit: String(Math.min(FEED_SIZE, list.maxPageSize)) });
  if (dateProperty && list.sortable.includes(dateProperty)) {
    const schema = await loadPublicSchema(ctx, list);
    if (schema.properties.has(dateProperty)) params.set("sort", `-${dateProperty}`);
  }
  const read = await readListPage(ctx, name, list, params);
  return { records: (JSON.parse(read.body) as ListBody).data, reads: [read] };
}

/**
 * A body built from several cached reads, as one cached answer: its ETag is
 * the digest of its own bytes, its age that of the oldest read, and its
 * `X-Cache` the least fresh state (MISS if anything was fetched, else STALE
 * if anything was stale).
 */
export async function composeCached(
  reads: readonly CachedBody[],
  body: string,
): Promise<CachedBody> {
  const states = new Set<CacheState>(reads.map((read) => read.state));
  const state: CacheState = states.has("MISS") ? "MISS" : states.has("STALE") ? "STALE" : "HIT";
  const fetchedAt =
    reads.length > 0 ? Math.min(...reads.map((read) => read.fetchedAt)) : Date.now();
  return { body, etag: await computeEtag(body), fetchedAt, state };
}
