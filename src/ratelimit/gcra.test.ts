import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GcraPolicy, type GcraState, gcra, rescale } from "./gcra";

const policy = fc.record({
  limit: fc.integer({ min: 1, max: 1_000 }),
  periodMs: fc.integer({ min: 1_000, max: 86_400_000 }),
});
/** Arrival gaps in ms: mostly bursts (0), sometimes long pauses. */
const gaps = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000_000 })), {
  maxLength: 300,
});

function run(p: GcraPolicy, arrivals: number[]) {
  let state: GcraState | undefined;
  return arrivals.map((now) => {
    const decision = gcra(p, state, now);
    state = decision.next ?? state;
    return { now, ...decision, state };
  });
}

function arrivalsOf(deltas: number[]): number[] {
  let now = 1_700_000_000_000;
  return deltas.map((delta) => (now += delta));
}

describe("GCRA", () => {
  it("never admits more than limit + elapsed × rate between any two admitted requests", () => {
    fc.assert(
      fc.property(policy, gaps, (p, deltas) => {
        const admitted = run(p, arrivalsOf(deltas)).filter((d) => d.allowed);
        for (let i = 0; i < admitted.length; i++) {
          for (let j = i; j < admitted.length; j++) {
            const elapsed = (admitted[j]?.now ?? 0) - (admitted[i]?.now ?? 0);
            // Exact bound in integers: count ≤ limit + floor(elapsed × limit / period).
            expect(j - i + 1).toBeLessThanOrEqual(
              p.limit + Math.floor((elapsed * p.limit) / p.periodMs),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("admits exactly `remaining` more requests at the same instant, then refuses", () => {
    fc.assert(
      fc.property(policy, gaps, (p, deltas) => {
        const steps = run(p, arrivalsOf(deltas));
        const last = steps.at(-1);
        if (!last) return;
        let state = last.state;
        const remaining = last.allowed ? last.remaining : 0;
        for (let k = 0; k < remaining; k++) {
          const decision = gcra(p, state, last.now);
          expect(decision.allowed).toBe(true);
          expect(decision.remaining).toBe(remaining - k - 1);
          state = decision.next;
        }
        expect(gcra(p, state, last.now).allowed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("admits at now + retryAfterMs and not a millisecond earlier", () => {
    fc.assert(
      fc.property(policy, fc.integer({ min: 1, max: 50 }), (p, extra) => {
        let state: GcraState | undefined;
        const now = 1_700_000_000_000;
        for (let k = 0; k < p.limit; k++) state = gcra(p, state, now).next;
        let refused = gcra(p, state, now);
        for (let k = 1; k < extra && !refused.allowed; k++) refused = gcra(p, state, now);
        expect(refused.allowed).toBe(false);
        expect(refused.retryAfterMs).toBeGreaterThan(0);
        expect(gcra(p, state, now + refused.retryAfterMs).allowed).toBe(true);
        expect(gcra(p, state, now + refused.retryAfterMs - 1).allowed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("restores the full burst after resetMs of idleness", () => {
    fc.assert(
      fc.property(policy, gaps, (p, deltas) => {
        const last = run(p, arrivalsOf(deltas)).at(-1);
        if (!last?.allowed) return;
        const later = gcra(p, last.state, last.now + last.resetMs);
        expect(later.remaining).toBe(p.limit - 1);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a client's debt in time when the limit changes", () => {
    const state = { at: 0, backlog: 30_000 }; // 3 s of backlog at 10 ticks per ms
    expect(rescale(state, 10, 20)).toEqual({ at: 0, backlog: 60_000 });
    expect(rescale(state, 10, 10)).toBe(state);
  });
});
