/** Path patterns of the careers site's HTML routes (pages and fragments), for middleware. */
export const SITE_PATHS = ["/", "/jobs/*", "/pages/*", "/fragments/*"] as const;

/** Whether a path belongs to the API or operations rather than to a person's browser. */
export function isApiPath(path: string): boolean {
  return path.startsWith("/v1/") || path === "/openapi.json" || path === "/healthz";
}

/** Whether a path is a fragment, answered without `<html>` for other sites to include. */
export function isFragmentPath(path: string): boolean {
  return path.startsWith("/fragments/");
}
