import * as z from "zod/v4";
import { DEFAULT_SEED } from "../ours";
import { createPrng, type Prng } from "../prng";
import { globToRegExp } from "./glob";

/** The body of `POST /__emulator/faults`. */
export const FaultSpec = z.object({
  method: z.string().min(1).optional(),
  path: z.string().min(1),
  status: z.number().int().min(100).max(599).optional(),
  body: z.unknown().optional(),
  retryAfter: z.number().int().min(0).optional(),
  latencyMs: z.number().int().min(0).optional(),
  hang: z.boolean().optional(),
  errorRate: z.number().min(0).max(1).optional(),
  times: z.number().int().min(1).optional(),
  phase: z.enum(["before", "after"]).optional(),
  /**
   * Gives the fault its own errorRate stream, seeded with this number: its
   * draws then depend only on how many requests it has seen, never on other
   * faults or unrelated requests, so a test can replay a fault pattern.
   */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});

/** A registered fault and how often it fired. */
export type Fault = z.output<typeof FaultSpec> & { id: string; applied: number };

interface Registry {
  /** `rng` is the fault's own stream when it has a seed, else the shared one is used. */
  faults: { fault: Fault; pattern: RegExp; rng?: Prng }[];
  nextId: number;
  /** Decides errorRate draws; reseeded by reset so the same seed gives the same pattern. */
  rng: Prng;
}

let registry: Registry = { faults: [], nextId: 1, rng: createPrng(DEFAULT_SEED) };

/** Registers a fault; later requests may trigger it. */
export function addFault(spec: z.output<typeof FaultSpec>): Fault {
  const fault: Fault = { ...spec, id: `fault-${registry.nextId++}`, applied: 0 };
  registry.faults.push({
    fault,
    pattern: globToRegExp(spec.path),
    ...(spec.seed === undefined ? {} : { rng: createPrng(spec.seed) }),
  });
  return fault;
}

/** Every registered fault, exhausted ones included. */
export function listFaults(): Fault[] {
  return registry.faults.map((f) => ({ ...f.fault }));
}

/** Removes one fault; false when there is none with that id. */
export function removeFault(id: string): boolean {
  const before = registry.faults.length;
  registry.faults = registry.faults.filter((f) => f.fault.id !== id);
  return registry.faults.length < before;
}

/** Removes every fault and returns how many there were. */
export function clearFaults(): number {
  const count = registry.faults.length;
  registry.faults = [];
  return count;
}

/** Clears the faults and reseeds the errorRate stream. */
export function resetFaults(seed: number): void {
  registry = { faults: [], nextId: 1, rng: createPrng(seed) };
}

/**
 * The first fault that fires for this request, counted as applied. A fault
 * matches method (any when unset) and path glob, still has `times` left, and
 * wins its `errorRate` draw (a draw is made only when errorRate < 1), from
 * its own stream when it has a `seed`, else from the shared one.
 */
export function pickFault(method: string, path: string): Fault | undefined {
  for (const { fault, pattern, rng } of registry.faults) {
    if (fault.method !== undefined && fault.method.toUpperCase() !== method.toUpperCase()) continue;
    if (!pattern.test(path)) continue;
    if (fault.times !== undefined && fault.applied >= fault.times) continue;
    const rate = fault.errorRate ?? 1;
    if (rate < 1 && (rng ?? registry.rng)() >= rate) continue;
    fault.applied++;
    return fault;
  }
  return undefined;
}
