import { kvKeys } from "../cache/keys";
import type { ListDefinition } from "../config/lists";
import { ApiError } from "../http/errors";
import { describeError } from "../observability/log";
import type { PublicSchema } from "../projection/public-schema";
import type { ReadContext } from "../services/read-context";
import { KASAR_MAX_LIMIT } from "../upstream/kasar/contract";
import type { PortQuery, RecordPage } from "../upstream/read-port";
import { canonicalListQuery, type ListRequest } from "./list-query";
import { MAX_CURSOR } from "./list-query/types";

/** Most cursors one query's chain keeps (each at most {@link MAX_CURSOR} characters). */
export const CHAIN_MAX_PAGES = 500;
/** Most upstream calls one request spends walking towards a page no one asked for before. */
export const MAX_WALK_CALLS = 20;

/** Page number → the cursor that starts it (page 1 has none). */
type Chain = Record<string, string>;

/**
 * Page numbers over a CRM that pages by cursor (docs/kasar-contract.md §4,
 * docs/kv-keys.md "Cursor chains"). Each query (filters, sort, search and
 * page size) keeps its cursors in KV, so page N costs one upstream call once
 * the page before it was seen. A page further on is reached by walking: each
 * call asks for as many whole pages as Kasar's `limit` allows ([ours]: a
 * cursor continues its query whatever the next call's `limit`), at most
 * {@link MAX_WALK_CALLS} calls.
 */
export class CursorChain {
  private chain: Chain | null = null;
  /** Whether this request saw cursors worth writing back (new ones, or known ones to keep alive). */
  private dirty = false;

  private constructor(
    private readonly ctx: ReadContext,
    private readonly key: string,
    private readonly expirationTtl: number,
  ) {}

  /** The chain of a validated request's query. */
  static async of(
    ctx: ReadContext,
    name: string,
    list: ListDefinition,
    generation: number,
    schema: PublicSchema,
    request: ListRequest,
  ): Promise<CursorChain> {
    const query = canonicalListQuery(request, { page: false });
    const key = await kvKeys.cursorChain(name, generation, schema.fingerprint, query);
    // As long as any page of the query may still be answered from KV (KV's minimum is 60 s).
    return new CursorChain(ctx, key, Math.max(60, list.ttl + list.staleTtl));
  }

  /** The page a `cursor` sent back starts; a 400 for a cursor this edge did not hand out. */
  async pageOf(cursor: string): Promise<number> {
    const chain = await this.load();
    for (const [page, known] of Object.entries(chain)) if (known === cursor) return Number(page);
    throw new ApiError("INVALID_REQUEST", "The list query is invalid.", {
      issues: [
        {
          field: "cursor",
          code: "unknown_cursor",
          message: "not a meta.nextCursor of this query, or expired; start again from page 1",
        },
      ],
    });
  }

  /**
   * Fetches page `page` of `query` (its `limit` is the page size), walking
   * from the furthest known page before it, and remembers what it learnt.
   */
  async fetchPage(query: PortQuery, page: number, schema: PublicSchema): Promise<RecordPage> {
    const chain = await this.load();
    let known = 1;
    for (const key of Object.keys(chain)) {
      const at = Number(key);
      if (at <= page && at > known) known = at;
    }
    const step = Math.max(1, Math.floor(KASAR_MAX_LIMIT / query.limit));
    let calls = 0;
    while (known < page) {
      if (++calls > MAX_WALK_CALLS) {
        throw new ApiError("INVALID_REQUEST", "The list query is invalid.", {
          issues: [
            {
              field: "page",
              code: "too_deep",
              message: "too far past the pages seen so far; ask for an earlier page first",
            },
          ],
        });
      }
      const pages = Math.min(step, page - known);
      const skipped = await this.ctx.upstream.indexRecords(
        { ...query, limit: pages * query.limit, cursor: chain[known] ?? null },
        schema,
      );
      if (!skipped.nextCursor) {
        // The query ends before the page: an empty page, like a page number past the last.
        return {
          ...skipped,
          data: [],
          lastPage: Math.max(1, Math.ceil(skipped.total / query.limit)),
        };
      }
      known += pages;
      this.remember(known, skipped.nextCursor);
    }
    const result = await this.ctx.upstream.indexRecords(
      { ...query, cursor: chain[page] ?? null },
      schema,
    );
    if (result.nextCursor) this.remember(page + 1, result.nextCursor);
    this.save();
    return result;
  }

  private async load(): Promise<Chain> {
    if (!this.chain) {
      const stored = await this.ctx.kv.get<Chain>(this.key, "json");
      this.chain = Object.assign(Object.create(null) as Chain, stored ?? {});
    }
    return this.chain;
  }

  // A known cursor is written back too: its page's entry was just refreshed and serves it as
  // `nextCursor` for another `ttl + staleTtl`, so the chain must live as long.
  private remember(page: number, cursor: string): void {
    const chain = this.chain as Chain;
    if (cursor.length > MAX_CURSOR) return;
    if (!(page in chain) && Object.keys(chain).length >= CHAIN_MAX_PAGES) return;
    chain[page] = cursor;
    this.dirty = true;
  }

  // In the background: the answer does not wait for it, and a lost write only costs a walk.
  private save(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const body = JSON.stringify(this.chain);
    this.ctx.waitUntil(
      this.ctx.kv.put(this.key, body, { expirationTtl: this.expirationTtl }).catch((error) => {
        this.ctx.log.warn("list.cursor_chain_write_failed", describeError(error));
      }),
    );
  }
}
