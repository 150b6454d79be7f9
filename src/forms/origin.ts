import { ApiError } from "../http/errors";
import { originMatcher } from "../security/origins";

/**
 * The spam layer's origin check for submissions: a browser `Origin` must be
 * in `ALLOWED_ORIGINS` (`null` never is). Without `Origin`, a browser's
 * `Sec-Fetch-Site: cross-site` is refused too, since the site cannot be
 * verified; a request with neither header is not from a browser page and
 * passes to the other layers. The edge's own pages (`ownOrigin`, the request's
 * origin: its rendered forms) may always post. 403 `ORIGIN_NOT_ALLOWED` otherwise.
 */
export function assertSubmissionOrigin(
  headers: Headers,
  allowed: readonly string[],
  ownOrigin?: string,
): void {
  const origin = headers.get("Origin");
  const site = headers.get("Sec-Fetch-Site")?.toLowerCase();
  const refused =
    origin !== null
      ? origin !== ownOrigin && !originMatcher(allowed)(origin)
      : site === "cross-site";
  if (refused) {
    throw new ApiError("ORIGIN_NOT_ALLOWED", "This site may not send submissions to this form.");
  }
}
