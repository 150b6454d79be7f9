import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { originMatcher } from "./origins";

/**
 * Refuses a write sent by a browser from a site not in `ALLOWED_ORIGINS`, so a
 * form cannot be embedded and posted from anywhere else. Browsers always send
 * `Origin` on a POST (a `fetch` or a plain HTML form); a request without it did
 * not come from a browser page, and no header check can stop such a client
 * anyway (the rate limit and the spam layers do), so it passes. `Origin: null`
 * (sandboxed frames, `file:` pages) is refused.
 */
export function assertAllowedOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header("Origin");
  if (origin === undefined) return;
  if (originMatcher(c.get("services").config.ALLOWED_ORIGINS)(origin)) return;
  throw new ApiError("ORIGIN_NOT_ALLOWED", "This site may not send requests to this route.");
}
