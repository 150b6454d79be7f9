import type { Filter } from "../config/lists";

/** One Caraer filter item. */
export type FilterItem = Filter["groups"][number]["items"][number];

/**
 * ANDs a set of alternatives into a filter. Caraer filters are a disjunction
 * of groups, so `(A ∨ B) ∧ (X ∨ Y)` becomes the groups `A∧X, A∧Y, B∧X, B∧Y`.
 * Each alternative is a list of items that must all hold.
 *
 * This is how the list's base filter stays in force whatever the caller asks:
 * every group sent to Caraer carries every base item.
 */
export function andAlternatives(filter: Filter, alternatives: FilterItem[][]): Filter {
  const groups = filter.groups.length > 0 ? filter.groups : [{ items: [] }];
  if (alternatives.length === 0) return { groups };
  return {
    groups: groups.flatMap((group) =>
      alternatives.map((items) => ({ items: [...group.items, ...items] })),
    ),
  };
}

/** ANDs items into every group of a filter. */
export function andItems(filter: Filter, items: FilterItem[]): Filter {
  return andAlternatives(filter, [items]);
}
