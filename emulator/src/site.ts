import { SITE_ORIGIN } from "./ours";
import { db } from "./store";
import type { WebpageDef } from "./types";

/** The public URL of a webpage. */
export function liveUrl(page: WebpageDef): string {
  return `${SITE_ORIGIN}/${page.rootSlug}/${page.slug}`;
}

/** The published page backed by a record, if any. */
export function publishedPageOf(recordUuid: string): WebpageDef | undefined {
  return db().webpages.find((p) => p.recordUuid === recordUuid && p.isPublished);
}

/** The page at `rootSlug/slug` of a subdomain, published or not. */
export function findPage(
  subdomain: string,
  rootSlug: string,
  slug: string,
): WebpageDef | undefined {
  return db().webpages.find(
    (p) => p.subdomain === subdomain && p.rootSlug === rootSlug && p.slug === slug,
  );
}
