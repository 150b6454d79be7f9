import { OBJECTS, RELATIONS } from "./seed/objects";
import { PROPERTIES } from "./seed/properties";
import type { AttachedProperty, ObjectDef, OptionDef, PropertyDef, RelationDef } from "./types";

const propertiesByName = new Map(PROPERTIES.map((p) => [p.name, p]));
const propertiesByUuid = new Map(PROPERTIES.map((p) => [p.uuid, p]));

/** A property as attached to one object: the shared definition plus the per-object settings. */
export interface BoundProperty {
  def: PropertyDef;
  attached: AttachedProperty;
}

/** Caraer's PropertyDTO, the merged view of a property for one object. */
export interface PropertyDto {
  uuid: string;
  name: string;
  label: string;
  type: string;
  format: { name: string };
  rules: string[];
  options: OptionDef[];
  hidden: boolean;
  immutable: boolean;
  nonPublic: boolean;
  webpagePublic: boolean;
  group: string | null;
  description: string | null;
}

/** The company-wide property definition with that name. */
export function propertyByName(name: string): PropertyDef | undefined {
  return propertiesByName.get(name);
}

/** The company-wide property definition with that UUID. */
export function propertyByUuid(uuid: string): PropertyDef | undefined {
  return propertiesByUuid.get(uuid);
}

/** The object with that internal name. */
export function objectByName(name: string): ObjectDef | undefined {
  return OBJECTS.find((o) => o.name === name);
}

/** The object with that internal name or UUID (Caraer accepts both in object routes). */
export function objectByRef(ref: string): ObjectDef | undefined {
  return OBJECTS.find((o) => o.name === ref || o.uuid === ref);
}

/** The properties attached to an object, in display order. */
export function boundProperties(object: ObjectDef): BoundProperty[] {
  return object.properties.flatMap((attached) => {
    const def = propertiesByName.get(attached.name);
    return def ? [{ def, attached }] : [];
  });
}

/** One property of an object, if attached. */
export function boundProperty(object: ObjectDef, name: string): BoundProperty | undefined {
  return boundProperties(object).find((p) => p.def.name === name);
}

/** The properties an API token may read on an object: every attached one except `nonPublic`. */
export function readableProperties(object: ObjectDef): PropertyDef[] {
  return boundProperties(object)
    .map((p) => p.def)
    .filter((def) => !def.nonPublic);
}

/** The PropertyDTO of a property for one object (per-object settings default when not attached). */
export function propertyDto(def: PropertyDef, attached?: AttachedProperty): PropertyDto {
  return {
    uuid: def.uuid,
    name: def.name,
    label: def.label,
    type: def.type,
    format: { name: def.format },
    rules: [...def.rules],
    options: def.options.map((o) => ({ ...o })),
    hidden: attached?.hidden ?? false,
    immutable: def.immutable || def.type === "linked-property",
    nonPublic: def.nonPublic,
    webpagePublic: def.webpagePublic,
    group: attached?.group ?? null,
    description: def.description,
  };
}

/** The relation type with that name. */
export function relationByName(name: string): RelationDef | undefined {
  return RELATIONS.find((r) => r.name === name);
}

/** The `{ uuid, name, label }` reference to an object that forms and webpages embed. */
export function objectRef(object: ObjectDef): { uuid: string; name: string; label: string } {
  return { uuid: object.uuid, name: object.name, label: object.label };
}
