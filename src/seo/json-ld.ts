/**
 * Serialises JSON-LD for an inline `<script type="application/ld+json">`.
 * The HTML parser ends a script element at the first `</script` whatever the
 * JSON means, so `<`, `>` and `&` become JSON escapes (same value, no markup),
 * and so do U+2028 and U+2029, which older JavaScript parsers read as line ends.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
