import type { Property } from "../upstream/schemas";

/** What a public response may say about a public property's definition. */
export interface PublicProperty {
  name: string;
  label: string | null;
  type: string;
  format: string | null;
  options: { name: string; label: string | null }[];
}

/** The public property set of one object: the only names whose values may leave the Worker. */
export interface PublicSchema {
  object: string;
  properties: ReadonlyMap<string, PublicProperty>;
  /** Short, stable digest of the set, part of cache keys. */
  fingerprint: string;
}

/**
 * Whether a property's value may appear in a public response: Caraer's
 * `webpagePublic` flag and not `nonPublic`. A property that says neither is
 * not public.
 */
export function isPublicProperty(property: Pick<Property, "webpagePublic" | "nonPublic">): boolean {
  return property.webpagePublic === true && property.nonPublic !== true;
}

/** Keeps the public properties of an index, reduced to what public responses need. */
export function publicProperties(properties: readonly Property[]): PublicProperty[] {
  return properties.filter(isPublicProperty).map((property) => ({
    name: property.name,
    label: property.label ?? null,
    type: property.type,
    format: property.format ?? null,
    options: property.options
      .filter((option) => option.disabled !== true)
      .map((option) => ({ name: option.name, label: option.label ?? null })),
  }));
}

/** Builds the lookup structure for an object's public properties. */
export function toPublicSchema(
  object: string,
  properties: readonly PublicProperty[],
): PublicSchema {
  const sorted = [...properties].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    object,
    properties: new Map(sorted.map((property) => [property.name, property])),
    fingerprint: fnv1a(sorted.map((property) => property.name).join(",")),
  };
}

// A non-cryptographic digest is enough: the fingerprint only has to change
// when the set changes, and it is computed on the hot path.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
