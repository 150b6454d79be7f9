import { Hono } from "hono";
import type { AppEnv } from "../context";
import { settings } from "../control/settings";
import { invalid, notFound } from "../errors";
import { envelope } from "../respond";
import { boundProperties, objectByName, objectRef, readableProperties } from "../schema";
import { findPage, liveUrl } from "../site";
import { db } from "../store";
import type { PropertyDef, StoredRecord } from "../types";
import { parsedValue, rawValue } from "../values/read";

/**
 * The properties a public page may show: webpagePublic ones, or — with the
 * `webpageLeaksPrivate` setting — every attached property, nonPublic included,
 * so the edge's own projection can be tested.
 */
function pageProperties(record: StoredRecord): PropertyDef[] {
  const object = objectByName(record.object);
  if (!object) return [];
  if (settings().webpageLeaksPrivate) return boundProperties(object).map((p) => p.def);
  return readableProperties(object).filter((def) => def.webpagePublic);
}

function pageRecord(record: StoredRecord) {
  const props = pageProperties(record);
  return {
    uuid: record.uuid,
    properties: Object.fromEntries(props.map((def) => [def.name, rawValue(record, def)])),
    parsedProperties: Object.fromEntries(
      props.map((def) => [def.name, parsedValue(def, rawValue(record, def))]),
    ),
  };
}

/**
 * `GET /webpages/public/{rootSlug}/{slug}` with `X-Caraer-Subdomain`
 * (missing: 400; unknown: 404). Unpublished pages are 404, and so [ours] are
 * pages whose backing record is gone or archived.
 */
export const webpageRoutes = new Hono<AppEnv>().get("/:rootSlug/:slug", (c) => {
  const subdomain = c.req.header("x-caraer-subdomain")?.trim();
  if (!subdomain) {
    throw invalid(
      "VALIDATION",
      "The X-Caraer-Subdomain header is required",
      "Send the site's subdomain.",
    );
  }
  const { rootSlug, slug } = c.req.param();
  const page = findPage(subdomain, rootSlug, slug);
  if (!page?.isPublished) throw notFound(`Webpage ${rootSlug}/${slug}`);
  const record = page.recordUuid === null ? null : db().records.get(page.recordUuid);
  const recordGone = record === undefined || (record !== null && record.deletedAt !== null);
  if (recordGone) throw notFound(`Webpage ${rootSlug}/${slug}`);
  const object = record ? objectByName(record.object) : undefined;
  return c.json(
    envelope("Webpage fetched", {
      uuid: page.uuid,
      title: page.title,
      excerpt: page.excerpt,
      slug: page.slug,
      image: page.image,
      content: structuredClone(page.content),
      object: object ? objectRef(object) : null,
      record: record ? pageRecord(record) : null,
      metaData: { ...page.metaData },
      isPublished: page.isPublished,
      liveUrl: liveUrl(page),
    }),
  );
});
