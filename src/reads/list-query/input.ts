/** A list query as sent: its parameters in order, a repeated name once per value. */
export type ListQueryInput = readonly (readonly [string, string])[];

/** The parameters of a list query, in the order sent. */
export function listQueryInput(query: URLSearchParams): ListQueryInput {
  return [...query];
}

/** The first value of `name`, or `null`. */
export function first(input: ListQueryInput, name: string): string | null {
  return input.find(([key]) => key === name)?.[1] ?? null;
}

/** Every value of `name`, in order. */
export function all(input: ListQueryInput, name: string): string[] {
  return input.filter(([key]) => key === name).map(([, value]) => value);
}
