import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import type { ListDefinition } from "../config/lists";
import { describeError } from "../observability/log";
import {
  type PublicProperty,
  type PublicSchema,
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
 * Whose public set: an object (a webpage's record), or a list, whose
 * `fields` narrows the object's set. On Kasar only a list's `fields` is
 * public, so an object alone has an empty set there.
 */
export type SchemaScope = string | Pick<ListDefinition, "object" | "fields">;

/**
 * The public property set of an object or list: isolate memory, then KV (with
 * stale-while-revalidate), then the CRM (Caraer's properties index, Kasar's schema).
 */
export async function loadPublicSchema(
  ctx: ReadContext,
  scope: SchemaScope,
  now = Date.now(),
): Promise<PublicSchema> {
  const { object, fields } = scopeOf(scope);
  const memoryKey = memoryKeyOf(ctx, object, fields);
  const remembered = memory.get(memoryKey);
  if (remembered && remembered.until > now) {
    ctx.seen?.push(remembered.etag);
    return remembered.schema;
  }
  const cached = await cachedRead<PublicProperty[]>({
    kv: ctx.kv,
    key: await propertiesKey(ctx, object),
    ttl: SCHEMA_TTL,
    staleTtl: SCHEMA_STALE_TTL,
    load: () => ctx.upstream.publicProperties(object),
    waitUntil: ctx.waitUntil,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("schema.refresh_failed", { object, ...describeError(error) }),
  });
  const schema = narrowed(
    ctx,
    object,
    fields,
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
  ctx: Pick<ReadContext, "kv" | "tenant" | "upstream">,
  scope: SchemaScope,
  now = Date.now(),
): Promise<PublicSchema | null> {
  const { object, fields } = scopeOf(scope);
  const remembered = memory.get(memoryKeyOf(ctx, object, fields));
  if (remembered && remembered.until > now) return remembered.schema;
  const body = await ctx.kv.get(await propertiesKey(ctx, object), "text");
  return body === null ? null : narrowed(ctx, object, fields, JSON.parse(body) as PublicProperty[]);
}

function scopeOf(scope: SchemaScope): { object: string; fields: readonly string[] | undefined } {
  return typeof scope === "string"
    ? { object: scope, fields: undefined }
    : { object: scope.object, fields: scope.fields };
}

function memoryKeyOf(
  ctx: Pick<ReadContext, "tenant">,
  object: string,
  fields: readonly string[] | undefined,
): string {
  return `${ctx.tenant}|${object}|${fields?.join(",") ?? "*"}`;
}

// Kasar's schema lists every field, private ones too: another entry than Caraer's public set.
function propertiesKey(ctx: Pick<ReadContext, "upstream">, object: string): Promise<string> {
  return ctx.upstream.publicWithoutFields
    ? kvKeys.publicProperties(object)
    : kvKeys.crmFields(ctx.upstream.crm, object);
}

/**
 * The public set: the CRM's candidates narrowed by the list's `fields`. A
 * `fields` allowlist can only narrow; without one, a CRM without a public
 * flag (Kasar) publishes nothing.
 */
function narrowed(
  ctx: Pick<ReadContext, "upstream">,
  object: string,
  fields: readonly string[] | undefined,
  properties: readonly PublicProperty[],
): PublicSchema {
  const kept = fields
    ? properties.filter((property) => fields.includes(property.name))
    : ctx.upstream.publicWithoutFields
      ? properties
      : [];
  return toPublicSchema(object, kept);
}
