import { isPublicProperty } from "../projection/public-schema";
import type { Property } from "../upstream/schemas";
import type { Finding, FindingPlace } from "./findings";

/** Most edits between a misspelt name and the public property suggested instead. */
const MAX_SUGGESTION_DISTANCE = 2;

/**
 * Looks a configured property up in its object's properties index: the
 * property when it is public, else the finding that says why it cannot be
 * used (`property_not_found` or `property_not_public`).
 */
export function publicPropertyOrFinding(
  index: readonly Property[],
  object: string,
  name: string,
  where: FindingPlace,
): Property | Finding {
  const property = index.find((candidate) => candidate.name === name);
  if (!property) {
    const suggestion = closestPublicName(index, name);
    return {
      severity: "error",
      code: "property_not_found",
      where: { ...where, property: name },
      message: `"${name}" is not a property of the ${object} object.`,
      fix: `${suggestion ? `Did you mean "${suggestion}"? ` : ""}Use a property of the object's properties index in Caraer, or remove "${name}" from ${container(where.setting, name)}.`,
    };
  }
  if (!isPublicProperty(property)) {
    return {
      severity: "error",
      code: "property_not_public",
      where: { ...where, property: name },
      message: `"${name}" is not public (webpagePublic off or nonPublic on), so the edge never uses it in ${where.setting}.`,
      fix: `Flag "${name}" webpagePublic in Caraer if its values may be published; otherwise remove it from ${container(where.setting, name)}.`,
    };
  }
  return property;
}

// `LISTS.jobs.filterable.hours` names the property itself: it is removed from `LISTS.jobs.filterable`.
function container(setting: string, name: string): string {
  return setting.endsWith(`.${name}`) ? setting.slice(0, -name.length - 1) : setting;
}

/** Whether a lookup of {@link publicPropertyOrFinding} found a usable property. */
export function isFinding(result: Property | Finding): result is Finding {
  return "severity" in result;
}

// Suggests only public names: a private one would be no use in the setting anyway.
function closestPublicName(index: readonly Property[], name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const property of index) {
    if (!isPublicProperty(property)) continue;
    const distance = editDistance(name.toLowerCase(), property.name.toLowerCase());
    if (distance <= MAX_SUGGESTION_DISTANCE && (!best || distance < best.distance)) {
      best = { name: property.name, distance };
    }
  }
  return best?.name;
}

/** Levenshtein distance, for the short names of properties. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
