/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Structured fields attached to a log line. Values must be JSON-serialisable. */
export type LogFields = Record<string, unknown>;

/** A structured logger bound to one request (or one queue batch). */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const REDACTED = "[redacted]";

/**
 * Creates a JSON-lines logger. Every line is scrubbed of the given secret
 * values before it is written: a secret can reach a log through an unexpected
 * path (an error message quoting a header, a URL), and Workers Logs keep
 * lines long after the incident that produced them.
 */
export function createLogger(base: LogFields, secrets: readonly string[] = []): Logger {
  const scrub = secrets.filter((secret) => secret.length >= 8);
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    // `level` and `event` come last so that no field can overwrite them.
    let line = JSON.stringify({ ...base, ...fields, level, event });
    for (const secret of scrub) line = line.replaceAll(secret, REDACTED);
    if (level === "error") console.error(line);
    else if (level === "warn") console.warn(line);
    else console.log(line);
  };
  return {
    debug: (event, fields) => write("debug", event, fields),
    info: (event, fields) => write("info", event, fields),
    warn: (event, fields) => write("warn", event, fields),
    error: (event, fields) => write("error", event, fields),
  };
}

/**
 * Describes a caught value for a log line without its stack or its message
 * text when that text may quote request data.
 */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) return { errorName: error.name, errorMessage: error.message };
  return { errorName: typeof error };
}
