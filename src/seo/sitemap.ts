import { XML_DECLARATION, xmlElement } from "./xml";

/** One page of a sitemap. */
export interface SitemapUrl {
  /** Absolute canonical URL. */
  loc: string;
  /** Last change (ISO 8601); left out when unknown. */
  lastmod?: string | null;
}

/** The sitemaps.org namespace. */
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/**
 * The sitemaps protocol's own limit per file. The route's caps
 * (`src/seo/site-records.ts`) keep every sitemap far below it.
 */
export const SITEMAP_PROTOCOL_MAX_URLS = 50_000;

/**
 * Serialises a sitemap (sitemaps.org 0.9). URLs appear in the given order;
 * a URL listed twice appears once, with its first `lastmod`.
 */
export function buildSitemap(urls: readonly SitemapUrl[]): string {
  const seen = new Set<string>();
  const entries = urls
    .filter((url) => !seen.has(url.loc) && seen.add(url.loc))
    .slice(0, SITEMAP_PROTOCOL_MAX_URLS)
    .map((url) =>
      xmlElement("url", {}, [
        xmlElement("loc", {}, { text: url.loc }),
        ...(url.lastmod ? [xmlElement("lastmod", {}, { text: url.lastmod })] : []),
      ]),
    );
  return `${XML_DECLARATION}${xmlElement("urlset", { xmlns: SITEMAP_NS }, entries)}\n`;
}

/** The latest of some ISO 8601 timestamps, `null` when there are none. */
export function latest(timestamps: readonly (string | null | undefined)[]): string | null {
  let newest: string | null = null;
  for (const timestamp of timestamps) {
    if (timestamp && (newest === null || Date.parse(timestamp) > Date.parse(newest)))
      newest = timestamp;
  }
  return newest;
}
