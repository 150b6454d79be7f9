import { invalid } from "../errors";
import { isSystemField } from "../filter/fields";
import { boundProperty, readableProperties } from "../schema";
import type { ObjectDef, PropertyDef } from "../types";

/** One `show` item. */
export interface ShowItem {
  object?: string | null;
  relation?: string | null;
  property: string;
}

/**
 * Resolves `show` to the properties to return, in the order asked. `*` means
 * every readable property. nonPublic properties are dropped silently (seed
 * 003: "only properties the caller can read are returned"); unknown names are
 * refused. Returns undefined when no show was sent.
 */
export function resolveShow(
  main: ObjectDef,
  items: ShowItem[] | null | undefined,
): PropertyDef[] | undefined {
  if (!items || items.length === 0) return undefined;
  const out = new Map<string, PropertyDef>();
  for (const item of items) {
    if ((item.object != null && item.object !== main.name) || (item.relation ?? null) !== null) {
      throw invalid(
        "INVALID_VALUE",
        `Showing related records (${item.object ?? "*"}.${item.property}) is not supported by the emulator`,
        "Show properties of the main object.",
      );
    }
    if (item.property === "*") {
      for (const def of readableProperties(main)) out.set(def.name, def);
      continue;
    }
    // System fields are always part of the record envelope.
    if (isSystemField(item.property)) continue;
    const bound = boundProperty(main, item.property);
    if (!bound) {
      throw invalid(
        "VALIDATION",
        `Unknown property '${item.property}' on object ${main.name}`,
        "Use a property name of the object's schema.",
      );
    }
    if (!bound.def.nonPublic) out.set(bound.def.name, bound.def);
  }
  return [...out.values()];
}
