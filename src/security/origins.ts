/**
 * Matching a browser's `Origin` against `ALLOWED_ORIGINS`: exact origins
 * (`https://example.com`, `http://localhost:3000`) and one wildcard form,
 * `https://*.example.com`, which allows any subdomain at any depth but not
 * `example.com` itself. Scheme and port must match exactly.
 */

/** Whether `origin` is allowed. */
export type OriginMatcher = (origin: string) => boolean;

// A serialised origin as browsers send it: scheme, host, optional port, nothing else.
const ORIGIN = /^(https?):\/\/([a-z0-9.-]+)(?::(\d{1,5}))?$/;
const LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

interface Pattern {
  scheme: string;
  /** The exact host, or for a wildcard the suffix after `*` (`.example.com`). */
  host: string;
  wildcard: boolean;
  port: string;
}

const matchers = new WeakMap<readonly string[], OriginMatcher>();

/** The matcher for a parsed `ALLOWED_ORIGINS`, built once per configuration. */
export function originMatcher(allowed: readonly string[]): OriginMatcher {
  let matcher = matchers.get(allowed);
  if (!matcher) {
    const patterns = allowed.map(parsePattern).filter((p): p is Pattern => p !== undefined);
    matcher = (origin) => {
      const parsed = ORIGIN.exec(origin.toLowerCase());
      if (!parsed) return false;
      const [, scheme, host = "", port = ""] = parsed;
      return patterns.some(
        (p) =>
          p.scheme === scheme &&
          p.port === port &&
          (p.wildcard
            ? host.endsWith(p.host) && LABELS.test(host.slice(0, -p.host.length))
            : p.host === host),
      );
    };
    matchers.set(allowed, matcher);
  }
  return matcher;
}

function parsePattern(pattern: string): Pattern | undefined {
  const wildcard = pattern.includes("://*.");
  const parsed = ORIGIN.exec(pattern.toLowerCase().replace("://*.", "://"));
  if (!parsed) return undefined;
  const [, scheme = "", host = "", port = ""] = parsed;
  return { scheme, host: wildcard ? `.${host}` : host, wildcard, port };
}
