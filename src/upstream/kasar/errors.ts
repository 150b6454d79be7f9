import { UpstreamError, type UpstreamFailure } from "../errors";

/**
 * Kasar's error codes: the documented six, plus `UNAUTHORIZED`,
 * `RATE_LIMITED`, `NOT_FOUND` and `INTERNAL_ERROR` that this project expects
 * for the statuses Kasar documents without a code (docs/kasar-contract.md).
 */
export type KasarErrorCode =
  | "INVALID_OBJECT"
  | "MISSING_REQUIRED_FIELD"
  | "VALIDATION_ERROR"
  | "PERMISSION_DENIED"
  | "RECORD_NOT_FOUND"
  | "DUPLICATE_RECORD"
  | "UNAUTHORIZED"
  | "RATE_LIMITED"
  | "NOT_FOUND"
  | "INTERNAL_ERROR";

/**
 * A failed call to Kasar. It is an {@link UpstreamError}, so code that
 * handles Caraer's failures (transient or not, `Retry-After`, 404) handles
 * Kasar's the same way; `code` adds Kasar's own error code when one arrived,
 * and `items` carries it as `{ type: code, message }` for the same mapping.
 * The message names the endpoint and the failure, never a URL, a header or
 * an upstream body, so it is safe to log.
 */
export class KasarUpstreamError extends UpstreamError {
  /** Kasar's `code` from the error body (4xx and 5xx), when the body had one. */
  readonly code: string | undefined;

  constructor(
    endpoint: string,
    failure: UpstreamFailure,
    details: { status?: number; retryAfterSeconds?: number; code?: string; message?: string } = {},
  ) {
    super(endpoint, failure, {
      ...(details.status === undefined ? {} : { status: details.status }),
      ...(details.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: details.retryAfterSeconds }),
      items: details.code ? [{ type: details.code, message: details.message ?? "" }] : [],
    });
    this.name = "KasarUpstreamError";
    this.message = `Kasar ${endpoint} failed: ${failure}${details.status ? ` (HTTP ${details.status})` : ""}`;
    this.code = details.code;
  }

  /** Kasar refused a create or an update because a unique field's value is taken. */
  get duplicate(): boolean {
    return this.code === "DUPLICATE_RECORD";
  }
}
