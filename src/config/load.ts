import type { FieldIssue } from "../http/errors";
import { fieldIssues } from "../http/issues";
import { type Config, ConfigSchema, SECRET_KEYS } from "./config";

/** The configuration could not be parsed. Carries the keys at fault, never their values. */
export class ConfigError extends Error {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(`Invalid configuration: ${[...new Set(issues.map((issue) => issue.field))].join(", ")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}

type LoadResult = { ok: true; config: Config } | { ok: false; error: ConfigError };

// Workers hand every request of an isolate the same `env` object, so parsing
// once per object makes configuration free on the hot path.
const cache = new WeakMap<object, LoadResult>();

/**
 * Parses `env` into a {@link Config}, once per `env` object. Issue messages
 * come from the schema and name the expected shape, never the received value.
 */
export function loadConfig(env: object): LoadResult {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = ConfigSchema.safeParse(env);
  const result: LoadResult = parsed.success
    ? { ok: true, config: parsed.data }
    : {
        ok: false,
        error: new ConfigError(fieldIssues(parsed.error, "(root)")),
      };
  cache.set(env, result);
  return result;
}

/** The secret values present in a configuration, for log scrubbing and leak checks. */
export function secretValues(config: Config): string[] {
  return SECRET_KEYS.map((key) => config[key]).filter((value): value is string => !!value);
}
