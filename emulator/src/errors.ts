/** Error types Caraer uses in `errors[].type`. */
export const ERROR_TYPES = [
  "VALIDATION",
  "NOT_FOUND",
  "INVALID_VALUE",
  "INVALID_EMAIL",
  "INVALID_DATE",
  "INVALID_FILE_TYPE",
  "RELATION_NOT_ALLOWED",
  "GENERAL",
  "INTERNAL_SERVER_ERROR",
] as const;

/** One of Caraer's error types. */
export type ErrorType = (typeof ERROR_TYPES)[number];

/** One entry of the envelope's `errors[]`. */
export interface ErrorItem {
  type: ErrorType;
  message: string;
  correctionSuggestion: string;
}

/** Caraer's error envelope. */
export interface ErrorEnvelope {
  message: string;
  status: number;
  errors: ErrorItem[];
  requestId: string;
}

/** An error that the app turns into Caraer's error envelope with its status. */
export class CaraerError extends Error {
  /**
   * @param status HTTP status of the answer.
   * @param message The envelope's top-level message.
   * @param errors One entry per problem found.
   */
  constructor(
    readonly status: number,
    message: string,
    readonly errors: ErrorItem[],
  ) {
    super(message);
  }
}

/** Builds one `errors[]` entry. */
export function problem(type: ErrorType, message: string, correctionSuggestion = ""): ErrorItem {
  return { type, message, correctionSuggestion };
}

/** A 400 carrying every problem found; the top-level message names the first. */
export function badRequest(errors: ErrorItem[]): CaraerError {
  const first = errors[0]?.message ?? "Bad request";
  const message = errors.length > 1 ? `${first} (and ${errors.length - 1} more)` : first;
  return new CaraerError(400, message, errors);
}

/** A 400 with a single problem. */
export function invalid(type: ErrorType, message: string, correctionSuggestion = ""): CaraerError {
  return badRequest([problem(type, message, correctionSuggestion)]);
}

/** A 404 for something that does not exist (or that the caller may not see). */
export function notFound(what: string): CaraerError {
  return new CaraerError(404, `${what} not found`, [
    problem("NOT_FOUND", `${what} not found`, "Check the identifier."),
  ]);
}

/** Builds the envelope Caraer answers errors with. */
export function errorEnvelope(
  status: number,
  message: string,
  errors: ErrorItem[],
  requestId: string,
): ErrorEnvelope {
  return { message, status, errors, requestId };
}
