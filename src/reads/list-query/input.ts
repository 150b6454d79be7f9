/** A list query as sent: its parameters in order, a repeated name once per value. */
export type ListQueryInput = readonly (readonly [string, string])[];

/**
 * The parameters of a list query, from the route's validated query
 * (`c.req.valid("query")`: a value, or a list of values for a repeated name)
 * or from a page's `URLSearchParams` (the careers site, the SEO outputs).
 */
export function listQueryInput(query: URLSearchParams | Record<string, unknown>): ListQueryInput {
  if (query instanceof URLSearchParams) return [...query];
  return Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((one): one is string => typeof one === "string")
      .map((one) => [name, one] as const),
  );
}

/** The first value of `name`, or `null`. */
export function first(input: ListQueryInput, name: string): string | null {
  return input.find(([key]) => key === name)?.[1] ?? null;
}

/** Every value of `name`, in order. */
export function all(input: ListQueryInput, name: string): string[] {
  return input.filter(([key]) => key === name).map(([, value]) => value);
}
