import type { Crm } from "../config/config";
import type { PublicProperty, PublicSchema } from "../projection/public-schema";
import type { RecordsIndexBody } from "./client";
import type { CaraerRecord, Preview, Webpage } from "./schemas";

/**
 * The query a read core sends through the port: the edge's list language,
 * which is the one `LISTS` is written in (filter groups, operator and sort
 * names as Caraer spells them). The Caraer adapter sends it as it is; the
 * Kasar adapter translates it (docs/kasar-contract.md §4). `page` counts for
 * CRMs that page by number, `cursor` for those that page by cursor.
 */
export type PortQuery = RecordsIndexBody & { cursor?: string | null };

/** One page of records, in the edge's record shape (`uuid`, `updatedAt`, `properties`). */
export interface RecordPage {
  data: CaraerRecord[];
  total: number;
  lastPage: number;
  /** Continues the same query (cursor paging); null on the last page or when paging by number. */
  nextCursor: string | null;
}

/**
 * What the read cores (lists, records, slugs, public schema, webpages) ask
 * of a CRM (docs/architecture.md, "Upstream port"). Caching, generations, KV
 * keys, query validation and projection stay in the cores, shared by every
 * CRM; an adapter only speaks its CRM's API. Answers may still hold private
 * values: the cores project every record onto the public set.
 */
export interface ReadPort {
  readonly crm: Crm;
  /** How the CRM pages: `page` numbers (Caraer) or opaque cursors (Kasar). */
  readonly paging: "page" | "cursor";
  /**
   * Whether an object's properties may be public without a list naming them:
   * Caraer's `webpagePublic` set may; Kasar has no such flag, so nothing is
   * public unless a list's `fields` names it.
   */
  readonly publicWithoutFields: boolean;
  /** The properties of an object that may be public, with the edge's property types. */
  publicProperties(object: string): Promise<PublicProperty[]>;
  /** One page of records matching a query; `schema` types the caller's filter values. */
  indexRecords(query: PortQuery, schema?: PublicSchema): Promise<RecordPage>;
  /** A named preview of a record; null when there is none. */
  getPreview(uuid: string, name: string): Promise<Preview | null>;
  /** A published or unpublished webpage; null when there is none. */
  getWebpage(rootSlug: string, slug: string): Promise<Webpage | null>;
}
