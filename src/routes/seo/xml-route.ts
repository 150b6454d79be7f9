import type { Context } from "hono";
import * as z from "zod/v4";
import type { CachedBody } from "../../cache/entry";
import type { Freshness } from "../../reads/respond";
import { sendCached } from "../../reads/respond";
import { composeCached } from "../../seo/site-records";
import { cachedReadHeaders } from "../schemas";

/** The XML documents the site serves, by media type. */
export type XmlMediaType = "application/xml" | "application/atom+xml";

/** The 200 and 304 answers of an XML document built from cached reads, for `createRoute`. */
export function cachedXmlResponses(description: string, mediaType: XmlMediaType) {
  return {
    200: {
      description,
      headers: cachedReadHeaders,
      content: { [mediaType]: { schema: z.string() } },
    },
    304: { description: "Not modified (`If-None-Match` matched)." },
  };
}

/**
 * Sends an XML document built from cached list reads as one cached answer:
 * the ETag of its bytes, `X-Cache` and age from the reads it came from, and
 * `Cache-Control` from the lists' freshness (so the webhook's invalidation
 * reaches the sitemap and feeds with the lists).
 */
export async function sendCachedXml(
  c: Context,
  reads: readonly CachedBody[],
  body: string,
  freshness: Freshness,
  mediaType: XmlMediaType,
): Promise<Response> {
  return sendCached(c, await composeCached(reads, body), freshness, {
    contentType: `${mediaType}; charset=UTF-8`,
  });
}
