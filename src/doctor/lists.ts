import type { Config } from "../config/config";
import type { ListDefinition } from "../config/lists";
import { publicProperties, toPublicSchema } from "../projection/public-schema";
import { operatorMistakes } from "../reads/operator-mistakes";
import type { Property } from "../upstream/schemas";
import type { Finding } from "./findings";
import { isFinding, publicPropertyOrFinding } from "./properties";
import type { ListFacts, Snapshot } from "./snapshot";
import { unreachableFinding } from "./unreachable";

/**
 * Checks every list of `LISTS` against the live schema: its object exists,
 * Caraer accepts its base filter, each filterable, sortable, default-sort and
 * searchable property exists and is public, each filter operator can be
 * served on its property's type, and each preview exists.
 */
export function checkLists(config: Config, snapshot: Snapshot): Finding[] {
  return Object.entries(config.LISTS).flatMap(([name, list]) => checkList(name, list, snapshot));
}

function checkList(name: string, list: ListDefinition, snapshot: Snapshot): Finding[] {
  const facts = snapshot.objects[list.object];
  const where = { setting: `LISTS.${name}.object`, list: name };
  if (!facts || facts.status === "missing") {
    return [
      {
        severity: "error",
        code: "object_not_found",
        where,
        message: `Caraer has no object "${list.object}", so list "${name}" answers errors to every read.`,
        fix: `Set LISTS.${name}.object to the internal name of an object in Caraer (e.g. "vacancy").`,
      },
    ];
  }
  if (facts.status === "failed") {
    return [unreachableFinding(where, facts, `the properties of ${list.object}`)];
  }
  const listFacts = snapshot.lists[name];
  return [
    ...propertyFindings(name, list, facts.properties),
    ...(listFacts
      ? [...filterFindings(name, listFacts), ...previewFindings(name, list, listFacts)]
      : []),
  ];
}

function propertyFindings(
  name: string,
  list: ListDefinition,
  index: readonly Property[],
): Finding[] {
  const findings: Finding[] = [];
  const lookup = (property: string, setting: string) => {
    const result = publicPropertyOrFinding(index, list.object, property, { setting, list: name });
    if (isFinding(result)) findings.push(result);
    return isFinding(result) ? undefined : result;
  };
  for (const property of Object.keys(list.filterable)) {
    lookup(property, `LISTS.${name}.filterable.${property}`);
  }
  // Operators are judged by the same rule the list route and /healthz use.
  const schema = toPublicSchema(list.object, publicProperties(index));
  for (const mistake of operatorMistakes(name, list, schema)) {
    findings.push({
      severity: "error",
      code: "operator_unservable",
      where: {
        setting: `LISTS.${name}.filterable.${mistake.property}`,
        list: name,
        property: mistake.property,
      },
      message: `${mistake.operator} cannot filter "${mistake.property}", a ${mistake.type} property; the edge ignores it.`,
      fix: `Use an operator of the ${mistake.type} type (README "LISTS", src/reads/operators.ts) or remove ${mistake.operator}.`,
    });
  }
  for (const property of list.sortable) lookup(property, `LISTS.${name}.sortable`);
  if (list.defaultSort) lookup(list.defaultSort.replace(/^-/, ""), `LISTS.${name}.defaultSort`);
  for (const property of list.searchable) {
    const found = lookup(property, `LISTS.${name}.searchable`);
    if (found && found.type !== "string") {
      findings.push({
        severity: "error",
        code: "property_type_unsuitable",
        where: { setting: `LISTS.${name}.searchable`, list: name, property },
        message: `"${property}" is a ${found.type} property; q searches string properties only, so it is never searched.`,
        fix: `Remove "${property}" from LISTS.${name}.searchable, or make it filterable instead.`,
      });
    }
  }
  return findings;
}

function filterFindings(name: string, facts: ListFacts): Finding[] {
  const where = { setting: `LISTS.${name}.filter`, list: name };
  if (facts.filter.status === "failed")
    return [unreachableFinding(where, facts.filter, "the base filter")];
  if (facts.filter.status === "ok") return [];
  return [
    {
      severity: "error",
      code: "list_filter_rejected",
      where,
      message: `Caraer refuses list "${name}"'s base filter, so every read of the list fails.`,
      fix: "Check each filter item's property, operator and value against the object in Caraer (docs/caraer-contract.md §3).",
    },
  ];
}

function previewFindings(name: string, list: ListDefinition, facts: ListFacts): Finding[] {
  const where = { setting: `LISTS.${name}.previews`, list: name };
  if (list.previews.length === 0) return [];
  if (facts.previews === null) {
    return [
      {
        severity: "info",
        code: "preview_unchecked",
        where,
        message: `List "${name}" has no record yet, so its previews could not be checked.`,
        fix: "Run the check again once the list has a record.",
      },
    ];
  }
  const previews = facts.previews;
  return list.previews.flatMap((preview): Finding[] => {
    const found = previews[preview];
    if (found === undefined || found === "ok") return [];
    if (found === "missing") {
      return [
        {
          severity: "error",
          code: "preview_not_found",
          where,
          message: `The ${list.object} object has no preview "${preview}", so /previews/${preview} answers 404.`,
          fix: `Create the preview "${preview}" in Caraer, or remove it from LISTS.${name}.previews.`,
        },
      ];
    }
    return [unreachableFinding(where, found, `the preview "${preview}"`)];
  });
}
