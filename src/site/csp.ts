/** Extra sources one kind of page needs beyond the site's defaults. */
export interface CspSources {
  /** `'sha256-…'` hashes of inline `<style>` elements (the theme). */
  styleHashes?: readonly string[];
  /** `script-src` sources; none by default: the site works without JavaScript. */
  scripts?: readonly string[];
  /** `connect-src` sources besides `'self'`. */
  connect?: readonly string[];
  /** `frame-src` sources (a captcha widget, for instance). */
  frames?: readonly string[];
}

/**
 * The Content-Security-Policy of the site's HTML: nothing loads unless listed,
 * no inline script ever runs (`script-src` is `'none'` unless a page names
 * sources, and never `'unsafe-inline'`), inline styles only by hash, forms only
 * post to this origin, and the page cannot be framed by other sites. JSON-LD
 * `<script type="application/ld+json">` is data, not script, so it needs no source.
 */
export function contentSecurityPolicy(sources: CspSources = {}): string {
  const list = (values: readonly string[] | undefined, fallback: string) =>
    values && values.length > 0 ? values.join(" ") : fallback;
  return [
    "default-src 'none'",
    `script-src ${list(sources.scripts, "'none'")}`,
    `style-src 'self'${(sources.styleHashes ?? []).map((hash) => ` '${hash}'`).join("")}`,
    // CMS content and logos live on other hosts.
    "img-src 'self' https: data:",
    "font-src 'self'",
    `connect-src 'self'${(sources.connect ?? []).map((source) => ` ${source}`).join("")}`,
    ...(sources.frames && sources.frames.length > 0
      ? [`frame-src ${sources.frames.join(" ")}`]
      : []),
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** The CSP source of an inline element's exact text: `sha256-<base64>`. */
export async function sha256Source(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
