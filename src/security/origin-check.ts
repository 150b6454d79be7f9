import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { originMatcher } from "./origins";

/**
 * Refuses a write sent by a browser from a site not in `ALLOWED_ORIGINS`, so a
 * form cannot be embedded and posted from anywhere else. Browsers always send
 * `Origin` on a POST (a `fetch` or a plain HTML form); without it, a browser's
 * `Sec-Fetch-Site: cross-site` is refused too. A request with neither did not
 * come from a browser page, and no header check can stop such a client anyway
 * (the rate limit and the spam layers do), so it passes. `Origin: null`
 * (sandboxed frames, `file:` pages) is refused. The forms' own spam layer
 * applies the same rule.
 */
export function assertAllowedOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header("Origin");
  if (origin === undefined) {
    // Without Origin a browser still says where the request came from.
    if (c.req.header("Sec-Fetch-Site")?.toLowerCase() !== "cross-site") return;
  } else if (
    // The edge's own pages (its rendered forms) post to it from its own origin.
    origin === new URL(c.req.url).origin ||
    originMatcher(c.get("services").config.ALLOWED_ORIGINS)(origin)
  ) {
    return;
  }
  throw new ApiError("ORIGIN_NOT_ALLOWED", "This site may not send requests to this route.");
}
