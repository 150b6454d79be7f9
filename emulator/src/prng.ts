/** A seeded pseudo-random number generator: every call returns a float in [0, 1). */
export type Prng = () => number;

/**
 * mulberry32: tiny, fast and good enough for test determinism (not for
 * secrets). The same seed always yields the same sequence.
 */
export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` lowercase hex digits drawn from `rng`. */
export function randomHex(rng: Prng, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

/** A version-4 UUID drawn from `rng`, so new records get reproducible identifiers after a reset. */
export function randomUuid(rng: Prng): string {
  const hex = randomHex(rng, 32).split("");
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(rng() * 4)] ?? "8";
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
