import type { Context } from "hono";
import type { FC } from "hono/jsx";
import type { CacheState } from "../../cache/entry";
import type { AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { readPage } from "../../reads/pages";
import { loadPublicSchema } from "../../reads/public-schema";
import type { Freshness } from "../../reads/respond";
import { readContext } from "../../services/read-context";
import { CmsContent, type CmsContext } from "../components/cms";
import type { PageMeta } from "../components/layout";
import { canonicalUrl, requireSite } from "../context";

/** A published CMS page, projected exactly as `GET /v1/pages/{rootSlug}/{slug}` answers it. */
interface PublicWebpage {
  title?: string | null;
  excerpt?: string | null;
  image?: string | null;
  object?: unknown;
  metaData?: { title?: unknown; description?: unknown; ogImage?: unknown } | null;
  content?: unknown;
  record?: { uuid: string | null; properties: Record<string, unknown> } | null;
}

/** A CMS page ready to render. */
export interface CmsPageData {
  ctx: CmsContext;
  page: PublicWebpage;
  meta: PageMeta;
  freshness: Freshness;
  cache: CacheState;
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * Loads a published CMS page through the JSON route's cached reader (same
 * projection); 404 without `CARAER_SUBDOMAIN`, or when the page is missing or
 * unpublished, exactly as the JSON route.
 */
export async function loadCmsPage(
  c: Context<AppEnv>,
  rootSlug: string,
  slug: string,
  path: string,
): Promise<CmsPageData> {
  const view = await requireSite(c);
  const { config } = c.get("services");
  if (!config.CARAER_SUBDOMAIN) throw new ApiError("NOT_FOUND", "No such page.");
  const read = readContext(c);
  const freshness = { ttl: config.PAGE_TTL, staleTtl: config.PAGE_STALE_TTL };
  const cached = await readPage(read, rootSlug, slug, freshness);
  if (!cached) throw new ApiError("NOT_FOUND", "No such page.");
  const page = (JSON.parse(cached.body) as { data: PublicWebpage }).data;
  const object =
    typeof page.object === "string"
      ? page.object
      : text((page.object as { name?: unknown } | null)?.name);
  const schema = object && page.record ? await loadPublicSchema(read, object) : null;
  const metaData = page.metaData ?? {};
  return {
    ctx: { view, config, read, record: page.record ?? null, schema },
    page,
    meta: {
      title: text(metaData.title) ?? text(page.title) ?? view.site.title,
      description: text(metaData.description) ?? text(page.excerpt),
      image: text(metaData.ogImage) ?? text(page.image),
      canonical: canonicalUrl(view, path),
    },
    freshness,
    cache: cached.state,
  };
}

/** A CMS page's heading, excerpt and content tree. */
export const CmsBody: FC<{ data: CmsPageData }> = ({ data }) => (
  <article class="caraer-cms">
    <h1>{text(data.page.title) ?? data.meta.title}</h1>
    {text(data.page.excerpt) && <p class="caraer-intro">{data.page.excerpt}</p>}
    <CmsContent nodes={data.page.content} ctx={data.ctx} />
  </article>
);
