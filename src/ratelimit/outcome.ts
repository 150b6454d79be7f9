/** Why a limiter could not decide. */
export type UnavailableReason = "error" | "timeout";

/** A limiter's answer, or the reason it gave none. */
export type LimiterOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: UnavailableReason; errorName?: string };

/**
 * Runs a limiter call with a deadline. A limiter must never hang a request: a
 * late or failed answer becomes `unavailable`, and the caller applies the
 * route class's failure mode.
 */
export async function withDeadline<T>(
  call: () => Promise<T>,
  timeoutMs: number,
): Promise<LimiterOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeout = new Promise<LimiterOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: "timeout" }), timeoutMs);
  });
  const attempt = (async (): Promise<LimiterOutcome<T>> => {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      return {
        ok: false,
        reason: "error",
        errorName: error instanceof Error ? error.name : typeof error,
      };
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}
