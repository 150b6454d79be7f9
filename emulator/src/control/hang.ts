import { HANG_MS } from "../ours";

/** How often a wait checks whether it was released or its client went away. */
const POLL_MS = 25;

/** Bumped to release every pending wait. */
let generation = 0;

/**
 * Waits `ms`, or less if `signal` aborts or {@link releaseHangs} is called.
 * Polls instead of being resolved from outside, because Workers forbid one
 * request from settling promises or timers that belong to another.
 */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const started = generation;
  const end = Date.now() + ms;
  while (generation === started && !signal?.aborted) {
    const left = end - Date.now();
    if (left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, left)));
  }
}

/** Holds a request without answering, emulating an upstream that never responds. */
export function hang(signal?: AbortSignal): Promise<void> {
  return sleep(HANG_MS, signal);
}

/**
 * Ends every pending wait (reset, clearing faults), so hung requests of an
 * earlier test do not outlive it.
 */
export function releaseHangs(): void {
  generation++;
}
