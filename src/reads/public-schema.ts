import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import { describeError } from "../observability/log";
import {
  type PublicProperty,
  type PublicSchema,
  publicProperties,
  toPublicSchema,
} from "../projection/public-schema";
import type { ReadContext } from "../services/read-context";

/** Seconds the cached properties index is fresh in KV. */
export const SCHEMA_TTL = 300;
/** Seconds a stale properties index may still be used while it is refreshed, or while Caraer is down. */
export const SCHEMA_STALE_TTL = 86_400;
/** How long an isolate reuses a parsed public set without touching KV. */
const MEMORY_MS = 60_000;

const memory = new Map<string, { schema: PublicSchema; etag: string; until: number }>();

/**
 * The public property set of an object: isolate memory, then KV (with
 * stale-while-revalidate), then Caraer's properties index.
 */
export async function loadPublicSchema(
  ctx: ReadContext,
  object: string,
  now = Date.now(),
): Promise<PublicSchema> {
  const memoryKey = `${ctx.tenant}|${object}`;
  const remembered = memory.get(memoryKey);
  if (remembered && remembered.until > now) {
    ctx.seen?.push(remembered.etag);
    return remembered.schema;
  }
  const cached = await cachedRead<PublicProperty[]>({
    kv: ctx.kv,
    key: await kvKeys.publicProperties(object),
    ttl: SCHEMA_TTL,
    staleTtl: SCHEMA_STALE_TTL,
    load: async () => publicProperties(await ctx.caraer.listProperties(object)),
    waitUntil: ctx.waitUntil,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("schema.refresh_failed", { object, ...describeError(error) }),
  });
  const schema = toPublicSchema(
    object,
    cached ? (JSON.parse(cached.body) as PublicProperty[]) : [],
  );
  memory.set(memoryKey, { schema, etag: cached?.etag ?? "-", until: now + MEMORY_MS });
  return schema;
}

/**
 * The public property set of an object if this isolate or KV holds it
 * already (fresh or stale), else `null`. Never asks Caraer, so cheap checks
 * (`/healthz`) can look at it.
 */
export async function cachedPublicSchema(
  ctx: Pick<ReadContext, "kv" | "tenant">,
  object: string,
  now = Date.now(),
): Promise<PublicSchema | null> {
  const remembered = memory.get(`${ctx.tenant}|${object}`);
  if (remembered && remembered.until > now) return remembered.schema;
  const body = await ctx.kv.get(await kvKeys.publicProperties(object), "text");
  return body === null ? null : toPublicSchema(object, JSON.parse(body) as PublicProperty[]);
}
