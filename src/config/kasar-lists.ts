import type * as z from "zod/v4";
import { KASAR_MAX_LIMIT } from "../upstream/kasar/contract";
import type { FilterOperator, ListDefinition } from "./lists";

/**
 * Operators of the edge's list language (Caraer's names) that Kasar has no
 * counterpart for (docs/kasar-contract.md §4): a Kasar list may not use them,
 * in its base filter or in `filterable`.
 */
export const KASAR_UNSERVED_OPERATORS: ReadonlySet<FilterOperator> = new Set([
  "not_contains_exactly",
  "not_contains_flexibly",
  "ends_with_exactly",
  "ends_with_flexibly",
  "distance_between",
]);

type Report = (path: (string | number)[], message: string) => void;

/**
 * What a Kasar list must say and may not use: its public `fields` (Kasar has
 * no public flag, so nothing leaves without them), no previews (Kasar has
 * none), a base filter on the list's own object only, operators Kasar can
 * serve, and pages within Kasar's limit. Paths are relative to the list.
 */
export function checkKasarList(list: ListDefinition, report: Report): void {
  if (!list.fields) report(["fields"], "is required when CRM is kasar: name the public fields");
  const fields = new Set(list.fields ?? []);
  if (list.previews.length > 0) report(["previews"], "Kasar has no previews");
  if (list.maxPageSize > KASAR_MAX_LIMIT) {
    report(["maxPageSize"], `must be at most ${KASAR_MAX_LIMIT} when CRM is kasar`);
  }
  list.filter.groups.forEach((group, g) => {
    group.items.forEach((item, i) => {
      const at = ["filter", "groups", g, "items", i];
      if (item.object || item.relation) report(at, "Kasar lists filter their own fields only");
      if (!item.property || !item.operator) report(at, "needs a property and an operator");
      else if (KASAR_UNSERVED_OPERATORS.has(item.operator)) {
        report([...at, "operator"], "Kasar has no such operator");
      }
    });
  });
  for (const [property, operators] of Object.entries(list.filterable)) {
    if (!fields.has(property)) report(["filterable", property], "must be one of fields");
    operators.forEach((operator, i) => {
      if (KASAR_UNSERVED_OPERATORS.has(operator)) {
        report(["filterable", property, i], "Kasar has no such operator");
      }
    });
  }
  const sortedBy = list.defaultSort?.replace(/^-/, "");
  if (sortedBy && !fields.has(sortedBy)) report(["defaultSort"], "must be one of fields");
  for (const [key, names] of [
    ["sortable", list.sortable],
    ["searchable", list.searchable],
  ] as const) {
    names.forEach((property, i) => {
      if (!fields.has(property)) report([key, i], "must be one of fields");
    });
  }
}

/** Adds {@link checkKasarList}'s findings for every list to a zod refinement context. */
export function refineKasarLists(
  lists: Readonly<Record<string, ListDefinition>>,
  ctx: z.RefinementCtx,
): void {
  for (const [name, list] of Object.entries(lists)) {
    checkKasarList(list, (path, message) =>
      ctx.addIssue({ code: "custom", path: ["LISTS", name, ...path], message }),
    );
  }
}
