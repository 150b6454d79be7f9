import type { LogEventAt } from "./events";

/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/** Structured fields attached to a log line. Values must be JSON-serialisable. */
export type LogFields = Record<string, unknown>;

/**
 * Where a line comes from, on every line so `wrangler tail --format json` and
 * Workers Logs can be filtered by it: the request's id (`X-Request-Id`) and
 * its route pattern, or `null` and the queue or Durable Object outside a request.
 */
export type LogOrigin = {
  requestId: string | null;
  /** Route pattern (`GET /v1/lists/:list`), `queue <name>`, or a Durable Object's name. */
  route: string;
};

/**
 * A structured logger bound to one request (or one queue batch). Events are
 * the registered ones (src/observability/events.ts), each at its own level.
 */
export interface Logger {
  debug(event: LogEventAt<"debug">, fields?: LogFields): void;
  info(event: LogEventAt<"info">, fields?: LogFields): void;
  warn(event: LogEventAt<"warn">, fields?: LogFields): void;
  error(event: LogEventAt<"error">, fields?: LogFields): void;
}

const REDACTED = "[redacted]";

/**
 * Creates a JSON-lines logger: every line is one JSON object with `event`,
 * `level`, `requestId` and `route`, then the base and the line's fields.
 * Every line is scrubbed of the given secret values before it is written: a
 * secret can reach a log through an unexpected path (an error message quoting
 * a header, a URL), and Workers Logs keep lines long after the incident that
 * produced them.
 */
export function createLogger(base: LogOrigin & LogFields, secrets: readonly string[] = []): Logger {
  const scrub = secrets.filter((secret) => secret.length >= 8);
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    const { requestId, route } = base;
    // Those four lead every line, and are assigned last so that no field can overwrite them.
    const entry = { event, level, requestId, route };
    let line = JSON.stringify(Object.assign({ ...entry }, base, fields, entry));
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
