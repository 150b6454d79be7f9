/**
 * Kasar's error codes and their HTTP statuses. The first six are documented;
 * `UNAUTHORIZED`, `RATE_LIMITED`, `NOT_FOUND` and `INTERNAL_ERROR` are [ours]
 * (Kasar documents the statuses 401/429 but not a code for them).
 */
export const ERROR_STATUS = {
  INVALID_OBJECT: 400,
  MISSING_REQUIRED_FIELD: 400,
  VALIDATION_ERROR: 400,
  PERMISSION_DENIED: 403,
  RECORD_NOT_FOUND: 404,
  DUPLICATE_RECORD: 409,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
} as const;

/** One of the error codes. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Kasar's error body. */
export interface ErrorBody {
  error: true;
  code: ErrorCode;
  message: string;
}

/** An error the app answers with Kasar's error body and the code's status. */
export class KasarError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra headers, e.g. `Retry-After` on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The HTTP status of the code. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The JSON body. */
  get body(): ErrorBody {
    return { error: true, code: this.code, message: this.message };
  }
}

const FAULT_CODES: Partial<Record<number, ErrorCode>> = {
  400: "VALIDATION_ERROR",
  401: "UNAUTHORIZED",
  403: "PERMISSION_DENIED",
  404: "RECORD_NOT_FOUND",
  409: "DUPLICATE_RECORD",
  429: "RATE_LIMITED",
};

/** The error code an injected fault without a body answers with its status. */
export function codeForStatus(status: number): ErrorCode {
  return FAULT_CODES[status] ?? "INTERNAL_ERROR";
}

/** A 400 VALIDATION_ERROR. */
export const invalid = (message: string) => new KasarError("VALIDATION_ERROR", message);

/** A 404 for a record that does not exist in the token's organisation. */
export const recordNotFound = (object: string, id: string) =>
  new KasarError("RECORD_NOT_FOUND", `No ${object} record found with id '${id}'`);
