/**
 * The Generic Cell Rate Algorithm (GCRA), in exact integer arithmetic.
 *
 * A policy admits `limit` requests per `periodMs`, all of them at once if the
 * client was idle. The state is the client's backlog: how far its theoretical
 * arrival time lies ahead of now. Each admitted request adds one emission
 * interval (`periodMs / limit`); a request is admitted while the backlog after
 * adding it stays within the period.
 *
 * Time is counted in ticks of `1 / limit` ms, so the emission interval is
 * exactly `periodMs` ticks and no rounding ever admits one request too many.
 * With `limit` ≤ 100,000 and `periodMs` ≤ one day every value stays far below
 * 2^53.
 */

/** The limit a key is held to. */
export interface GcraPolicy {
  /** Requests admitted per period, also the largest burst. */
  limit: number;
  /** Length of the period in milliseconds. */
  periodMs: number;
}

/** What is stored per key: the backlog in ticks as of `at` (unix ms). */
export interface GcraState {
  at: number;
  backlog: number;
}

/** The outcome of one request against a policy. */
export interface GcraDecision {
  allowed: boolean;
  /** Requests that would still be admitted right now after this one. */
  remaining: number;
  /** Milliseconds until the full quota is available again. */
  resetMs: number;
  /** Milliseconds until the next request can be admitted (0 when allowed). */
  retryAfterMs: number;
  /** The state to store; `undefined` when nothing changed (a refusal). */
  next: GcraState | undefined;
}

/** The backlog left of `state` at `now`, in ticks. */
export function currentBacklog(state: GcraState | undefined, now: number, limit: number): number {
  if (!state) return 0;
  const elapsed = Math.max(0, now - state.at);
  return Math.max(0, state.backlog - elapsed * limit);
}

/** Milliseconds until a backlog of `ticks` has drained. */
export function drainMs(ticks: number, limit: number): number {
  return Math.ceil(ticks / limit);
}

/** Decides one request at `now` (unix ms) against `policy`, given the stored state. */
export function gcra(policy: GcraPolicy, state: GcraState | undefined, now: number): GcraDecision {
  const { limit, periodMs } = policy;
  const window = periodMs * limit;
  const backlog = currentBacklog(state, now, limit);
  const after = backlog + periodMs;
  if (after <= window) {
    return {
      allowed: true,
      remaining: Math.floor((window - after) / periodMs),
      resetMs: drainMs(after, limit),
      retryAfterMs: 0,
      next: { at: now, backlog: after },
    };
  }
  return {
    allowed: false,
    remaining: 0,
    resetMs: drainMs(backlog, limit),
    retryAfterMs: drainMs(after - window, limit),
    next: undefined,
  };
}

/**
 * Re-expresses a stored backlog for a new `limit` (ticks are `1 / limit` ms),
 * so changing the configuration keeps each client's debt in time.
 */
export function rescale(state: GcraState, fromLimit: number, toLimit: number): GcraState {
  if (fromLimit === toLimit) return state;
  return { at: state.at, backlog: Math.ceil((state.backlog * toLimit) / fromLimit) };
}
