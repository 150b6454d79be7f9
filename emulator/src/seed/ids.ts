/**
 * Fixed, readable UUIDs for seeded entities: the first group names the kind,
 * the last group counts. They are valid version-4 UUIDs, so clients that
 * validate UUIDs accept them.
 */
const KIND = {
  object: "10000000",
  property: "20000000",
  vacancy: "30000000",
  candidate: "40000000",
  form: "50000000",
  preview: "60000000",
  webpage: "70000000",
  relation: "80000000",
} as const;

/** The fixed UUID of the `n`th seeded entity of `kind`. */
export function seedUuid(kind: keyof typeof KIND, n: number): string {
  return `${KIND[kind]}-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Unix ms of an ISO timestamp; seeds write dates readably and store milliseconds. */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad seed date ${iso}`);
  return t;
}
