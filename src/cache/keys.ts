import { sha256Hex } from "../security/digest";

/**
 * The KV key schema (documented in docs/kv-keys.md). Every key starts with
 * the code version, so a deploy that changes what is stored never reads what
 * an older deploy wrote: bump it whenever a stored shape or the projection changes.
 */
export const CACHE_VERSION = "v2";

/** Workers KV refuses keys longer than this many bytes (UTF-8), failing the whole request. */
export const KV_KEY_MAX_BYTES = 512;

/**
 * Separates the readable head of a shortened key from its digest. `encodeURIComponent`
 * always escapes `#`, so no key that was kept whole can contain it, and a whole
 * key can never equal a shortened one.
 */
const DIGEST_MARK = "#";
/** Length of a hex SHA-256. */
const DIGEST_CHARS = 64;
/** What a shortened key keeps of its head, so head, mark and digest fit exactly. */
const HEAD_BYTES = KV_KEY_MAX_BYTES - DIGEST_MARK.length - DIGEST_CHARS;

/**
 * A query serialised by {@link canonicalQuery}: already percent-encoded, so it
 * can go into a key as it is. Branded so that raw caller text cannot.
 */
export type CanonicalQuery = string & { readonly __canonical: true };

/**
 * Builds KV keys, each within {@link KV_KEY_MAX_BYTES} whatever its inputs
 * (see {@link boundedKey}). Dynamic parts are percent-encoded so `:` can
 * separate fields and every key is ASCII.
 */
export const kvKeys = {
  /** The generation counter of an object's cached lists and the public property set. */
  generation: (object: string) => boundedKey(`${CACHE_VERSION}:gen:${enc(object)}`),
  /** The public property set of an object, as read from the properties index. */
  publicProperties: (object: string) => boundedKey(`${CACHE_VERSION}:props:${enc(object)}`),
  /**
   * Every field of an object as a CRM without a public flag describes it
   * (Kasar's schema): only a list's `fields` makes one public.
   */
  crmFields: (crm: string, object: string) =>
    boundedKey(`${CACHE_VERSION}:fields:${enc(crm)}:${enc(object)}`),
  /**
   * One page of a public list, for one canonical query (already encoded, see
   * {@link canonicalQuery}). `schema` is the fingerprint of the public property
   * set the page was projected with, so a property made non-public stops being
   * served as soon as the set refreshes.
   */
  listPage: (list: string, generation: number, schema: string, canonicalQuery: CanonicalQuery) =>
    boundedKey(
      `${CACHE_VERSION}:list:${enc(list)}:g${generation}:s${enc(schema)}:${canonicalQuery}`,
    ),
  /**
   * The cursors of one query of a cursor-paged list (Kasar): page number →
   * the cursor that starts it. `canonicalQuery` is the query without its page.
   */
  cursorChain: (list: string, generation: number, schema: string, canonicalQuery: CanonicalQuery) =>
    boundedKey(
      `${CACHE_VERSION}:cursors:${enc(list)}:g${generation}:s${enc(schema)}:${canonicalQuery}`,
    ),
  /** One record of a public list. */
  record: (list: string, schema: string, uuid: string) =>
    boundedKey(`${CACHE_VERSION}:record:${enc(list)}:s${enc(schema)}:${enc(uuid)}`),
  /**
   * The record of a public list whose public slug property has a value (the
   * careers site's vacancy URLs). Keyed by generation like list pages, because
   * which record holds a slug is a question about the list, not one record.
   */
  slug: (list: string, generation: number, schema: string, property: string, value: string) =>
    boundedKey(
      `${CACHE_VERSION}:slug:${enc(list)}:g${generation}:s${enc(schema)}:${enc(property)}:${enc(value)}`,
    ),
  /** One preview of a record of a public list. */
  preview: (list: string, schema: string, uuid: string, name: string) =>
    boundedKey(`${CACHE_VERSION}:preview:${enc(list)}:s${enc(schema)}:${enc(uuid)}:${enc(name)}`),
  /** A public webpage. */
  page: (rootSlug: string, slug: string) =>
    boundedKey(`${CACHE_VERSION}:page:${enc(rootSlug)}:${enc(slug)}`),
  /** A public form definition with its render-ready fields. */
  form: (formUuid: string) => boundedKey(`${CACHE_VERSION}:form:${enc(formUuid)}`),
  /**
   * Receipt of a file uploaded through a form, named by the SHA-256 of the
   * form UUID and the file key, so neither needs escaping and the key has one
   * length. Outside `CACHE_VERSION` on purpose: it is state rather than cache,
   * and a deploy must not orphan the uploads a visitor is about to submit.
   */
  uploadReceipt: async (formUuid: string, fileKey: string) =>
    boundedKey(`forms:upload:${await sha256Hex(`${formUuid}\n${fileKey}`)}`),
  /**
   * The bytes of a file uploaded through a form on a CRM without an upload
   * API (Kasar), kept until delivery sends them. Named like the receipt, by
   * the SHA-256 of form UUID and file key, so the key of a visitor's file
   * appears nowhere in a key listing. State, not cache, like the receipts.
   */
  storedFile: async (formUuid: string, fileKey: string) =>
    boundedKey(`forms:file:${await sha256Hex(`${formUuid}\n${fileKey}`)}`),
  /** One page of a form property's options, for one canonical query (see {@link canonicalQuery}). */
  formOptions: (formUuid: string, propertyUuid: string, canonicalQuery: CanonicalQuery) =>
    boundedKey(`${CACHE_VERSION}:options:${enc(formUuid)}:${enc(propertyUuid)}:${canonicalQuery}`),
  /** Marks a form Caraer did not know, for a minute, so naming it again asks nobody. */
  missingForm: (formUuid: string) => boundedKey(`${CACHE_VERSION}:form-missing:${enc(formUuid)}`),
  /**
   * A honeypot catch's submission ID, so its status answers like a queued
   * submission. State, not cache, like the upload receipts.
   */
  decoy: (submissionId: string) => boundedKey(`forms:decoy:${enc(submissionId)}`),
};

/**
 * Keeps a key within KV's limit. A key that fits is used as it is, so the
 * keys of everyday requests stay readable in the dashboard. A longer one
 * (a long search text, many long filter values, a long name from Caraer)
 * keeps its readable head, cut to leave room, then `#` and the SHA-256 of the
 * whole key: equal inputs still share one entry, different ones never do.
 */
export async function boundedKey(key: string): Promise<string> {
  if (byteLength(key) <= KV_KEY_MAX_BYTES) return key;
  // The key is ASCII (every dynamic part is percent-encoded), so characters
  // are bytes. The head never ends inside an escape or a character's escapes,
  // so what the dashboard shows stays decodable (at most 11 steps back).
  let head = key.slice(0, HEAD_BYTES);
  while (!decodable(head)) head = head.slice(0, -1);
  return `${head}${DIGEST_MARK}${await sha256Hex(key)}`;
}

function decodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serialises query parameters canonically: sorted by name, then value, each
 * percent-encoded, so equivalent URLs share one cache entry.
 */
export function canonicalQuery(params: Iterable<readonly [string, string]>): CanonicalQuery {
  return [...params]
    .map(([name, value]) => [enc(name), enc(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join("&") as CanonicalQuery;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

// `toWellFormed`: a lone surrogate (possible in a name from Caraer's JSON)
// would make encodeURIComponent throw.
function enc(part: string): string {
  return encodeURIComponent(part.toWellFormed());
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
