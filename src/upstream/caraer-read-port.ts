import { publicProperties } from "../projection/public-schema";
import type { CaraerClient } from "./client";
import { UpstreamError } from "./errors";
import type { ReadPort } from "./read-port";

/** `null` for Caraer's "not found", the error otherwise. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof UpstreamError && error.notFound) return null;
    throw error;
  }
}

/** The Caraer adapter of the read port: Caraer's API as the cores always used it. */
export function createCaraerReadPort(caraer: CaraerClient): ReadPort {
  return {
    crm: "caraer",
    paging: "page",
    publicWithoutFields: true,
    publicProperties: async (object) => publicProperties(await caraer.listProperties(object)),
    indexRecords: async (query) => {
      const { cursor: _, ...body } = query;
      return { ...(await caraer.indexRecords(body)), nextCursor: null };
    },
    getPreview: (uuid, name) => orNull(caraer.getPreview(uuid, name)),
    getWebpage: (rootSlug, slug) => orNull(caraer.getWebpage(rootSlug, slug)),
  };
}
