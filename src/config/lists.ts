import * as z from "zod/v4";
import { CARAER_NAME, LIST_NAME } from "./patterns";
import { integer } from "./structured";

const name = z.string().regex(CARAER_NAME, "must be a Caraer name (letters, digits, _)");

/** Every filter operator Caraer documents (docs/caraer-contract.md §3). */
export const FILTER_OPERATORS = [
  "equals_exactly",
  "equals_flexibly",
  "not_equals_exactly",
  "not_equals_flexibly",
  "bigger_than",
  "smaller_than",
  "bigger_than_or_equal_to",
  "smaller_than_or_equal_to",
  "contains_exactly",
  "contains_flexibly",
  "not_contains_exactly",
  "not_contains_flexibly",
  "starts_with_exactly",
  "starts_with_flexibly",
  "ends_with_exactly",
  "ends_with_flexibly",
  "is_null",
  "is_not_null",
  "any",
  "all_flexibly",
  "all_exactly",
  "distance_between",
  "range",
] as const;

/** A Caraer filter operator. */
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** One item of a Caraer filter group, as the operator writes it in `LISTS`. */
const FilterItemSchema = z.looseObject({
  object: name.nullable().optional(),
  relation: z.string().nullable().optional(),
  property: name.nullable().optional(),
  operator: z.enum(FILTER_OPERATORS).optional(),
  value: z.unknown().optional(),
  relationIncluded: z.boolean().optional(),
});

/** A Caraer `filter` in its `groups` form: items AND-ed, groups OR-ed. */
export const FilterSchema = z.object({
  groups: z.array(z.object({ items: z.array(FilterItemSchema) })),
});

/** A Caraer filter as used in `records/index`. */
export type Filter = z.infer<typeof FilterSchema>;

/** The definition of one public list (see the README's `LISTS` table). */
export const ListSchema = z
  .strictObject({
    object: name,
    // The properties that may leave the Worker: required on Kasar, which has no public flag;
    // on Caraer an allowlist that narrows the `webpagePublic` set, never widens it.
    fields: z.array(name).min(1).max(100).optional(),
    filter: FilterSchema.default({ groups: [] }),
    filterable: z.record(name, z.array(z.enum(FILTER_OPERATORS)).min(1)).default({}),
    sortable: z.array(name).default([]),
    defaultSort: z
      .string()
      .regex(/^-?[a-zA-Z][a-zA-Z0-9_]*$/, "must be a property name, optionally prefixed by -")
      .optional(),
    searchable: z.array(name).default([]),
    pageSize: integer(1, 250).default(20),
    maxPageSize: integer(1, 250).default(100),
    previews: z.array(name).default([]),
    ttl: integer(0, 86_400).default(60),
    staleTtl: integer(0, 604_800).default(86_400),
  })
  .refine((list) => list.pageSize <= list.maxPageSize, {
    message: "pageSize must not exceed maxPageSize",
    path: ["pageSize"],
  });

/** A parsed public list definition. */
export type ListDefinition = z.infer<typeof ListSchema>;

/** `LISTS`: public list name → definition. */
export const ListsSchema = z.record(
  z.string().regex(LIST_NAME, "list names are lowercase slugs"),
  ListSchema,
);
