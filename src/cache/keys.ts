/**
 * The KV key schema (documented in docs/kv-keys.md). Every key starts with
 * the code version, so a deploy that changes what is stored never reads what
 * an older deploy wrote: bump it whenever a stored shape or the projection changes.
 */
export const CACHE_VERSION = "v1";

/** Builds KV keys. Dynamic parts are percent-encoded so `:` can separate fields. */
export const kvKeys = {
  /** The generation counter of an object's cached lists and the public property set. */
  generation: (object: string) => `${CACHE_VERSION}:gen:${enc(object)}`,
  /** The public property set of an object, as read from the properties index. */
  publicProperties: (object: string) => `${CACHE_VERSION}:props:${enc(object)}`,
  /**
   * One page of a public list, for one canonical query. `schema` is the
   * fingerprint of the public property set the page was projected with, so a
   * property made non-public stops being served as soon as the set refreshes.
   */
  listPage: (list: string, generation: number, schema: string, canonicalQuery: string) =>
    `${CACHE_VERSION}:list:${enc(list)}:g${generation}:s${schema}:${canonicalQuery}`,
  /** One record of a public list. */
  record: (list: string, schema: string, uuid: string) =>
    `${CACHE_VERSION}:record:${enc(list)}:s${schema}:${enc(uuid)}`,
  /**
   * The record of a public list whose public slug property has a value (the
   * careers site's vacancy URLs). Keyed by generation like list pages, because
   * which record holds a slug is a question about the list, not one record.
   */
  slug: (list: string, generation: number, schema: string, property: string, value: string) =>
    `${CACHE_VERSION}:slug:${enc(list)}:g${generation}:s${schema}:${enc(property)}:${enc(value)}`,
  /** One preview of a record of a public list. */
  preview: (list: string, schema: string, uuid: string, name: string) =>
    `${CACHE_VERSION}:preview:${enc(list)}:s${schema}:${enc(uuid)}:${enc(name)}`,
  /** A public webpage. */
  page: (rootSlug: string, slug: string) => `${CACHE_VERSION}:page:${enc(rootSlug)}:${enc(slug)}`,
  /** A public form definition with its render-ready fields. */
  form: (formUuid: string) => `${CACHE_VERSION}:form:${enc(formUuid)}`,
  /**
   * Receipt of a file uploaded through a form; `hash` is the hex SHA-256 of
   * the form UUID and the file key. Outside `CACHE_VERSION` on purpose: it is
   * state rather than cache, and a deploy must not orphan the uploads a
   * visitor is about to submit.
   */
  uploadReceipt: (hash: string) => `forms:upload:${hash}`,
  /** One page of a form property's options. */
  formOptions: (formUuid: string, propertyUuid: string, canonicalQuery: string) =>
    `${CACHE_VERSION}:options:${enc(formUuid)}:${enc(propertyUuid)}:${canonicalQuery}`,
};

/**
 * Serialises query parameters canonically: sorted by name, then value, each
 * percent-encoded, so equivalent URLs share one cache entry.
 */
export function canonicalQuery(params: Iterable<readonly [string, string]>): string {
  return [...params]
    .map(([name, value]) => [enc(name), enc(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

function enc(part: string): string {
  return encodeURIComponent(part);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
