/**
 * The query of `GET /v1/lists/{list}` in three steps: the parameters as sent
 * (`input.ts`), validated against the list's public set (`validate.ts`), and
 * built into a cache key and Caraer's `records/index` body (`build.ts`).
 */
import type { ListDefinition } from "../../config/lists";
import type { PublicSchema } from "../../projection/public-schema";
import { listQueryInput } from "./input";
import type { ListRequest } from "./types";
import { type ListQueryOptions, validateListQuery } from "./validate";

export { buildIndexBody, canonicalListQuery, searchable } from "./build";
export { type ListQueryInput, listQueryInput } from "./input";
export * from "./types";
export { type ListQueryOptions, validateListQuery } from "./validate";

/** {@link validateListQuery} of a query string. */
export function parseListQuery(
  query: URLSearchParams,
  list: ListDefinition,
  schema: PublicSchema,
  options: ListQueryOptions = {},
): ListRequest {
  return validateListQuery(listQueryInput(query), list, schema, options);
}
