/**
 * Why an upstream call failed. `network`, `timeout`, `rate_limited` and
 * `server_error` are worth retrying; the rest are not.
 */
export type UpstreamFailure =
  | "network"
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "client_error"
  | "invalid_response";

/** One entry of Caraer's `errors` array, kept for mapping, never passed to clients. */
export interface CaraerErrorItem {
  type: string;
  message: string;
}

const TRANSIENT: ReadonlySet<UpstreamFailure> = new Set([
  "network",
  "timeout",
  "rate_limited",
  "server_error",
]);

/**
 * A failed call to Caraer. The message names the endpoint and the failure,
 * never the URL's query, a header or the upstream body, so it is safe to log.
 */
export class UpstreamError extends Error {
  /** The endpoint, e.g. `records.index`. */
  readonly endpoint: string;
  readonly failure: UpstreamFailure;
  /** Upstream HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** Seconds from `Retry-After`, when Caraer sent one. */
  readonly retryAfterSeconds: number | undefined;
  /** Caraer's own error items (4xx), for mapping only. */
  readonly items: CaraerErrorItem[];

  constructor(
    endpoint: string,
    failure: UpstreamFailure,
    details: { status?: number; retryAfterSeconds?: number; items?: CaraerErrorItem[] } = {},
  ) {
    super(
      `Caraer ${endpoint} failed: ${failure}${details.status ? ` (HTTP ${details.status})` : ""}`,
    );
    this.name = "UpstreamError";
    this.endpoint = endpoint;
    this.failure = failure;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.items = details.items ?? [];
  }

  /** Whether trying again later may succeed (network, timeout, 429, 5xx). */
  get transient(): boolean {
    return TRANSIENT.has(this.failure);
  }

  /** Whether Caraer answered that the thing does not exist. */
  get notFound(): boolean {
    return this.status === 404;
  }
}

/** Parses `Retry-After` (seconds or an HTTP date) into whole seconds. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
