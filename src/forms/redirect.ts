/** A redirect target from Caraer is only followed when it is a plain web URL. */
export function safeRedirect(url: string | null | undefined): string | null {
  const parsed = url ? URL.parse(url) : null;
  return parsed && (parsed.protocol === "https:" || parsed.protocol === "http:")
    ? parsed.href
    : null;
}
