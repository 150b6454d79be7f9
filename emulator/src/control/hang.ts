import { HANG_MS } from "../ours";

const waiting = new Set<() => void>();

/** Waits `ms`, or until `signal` aborts or the hangs are released. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    waiting.add(done);
    signal?.addEventListener("abort", done);
  });
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
  for (const done of [...waiting]) done();
}
