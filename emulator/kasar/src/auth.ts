import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AuthState } from "../../src/auth";
import type { AppEnv } from "../../src/context";
import { KASAR_DEMO_TOKEN, KASAR_OTHER_ORG_TOKEN, KASAR_READONLY_TOKEN } from "./demo";
import { KasarError } from "./errors";
import type { OrgId } from "./seed";
import { settings } from "./settings";

/** What a token grants: its organisation (Kasar identifies it by the token) and whether it may write. */
export interface Grant {
  org: OrgId;
  canWrite: boolean;
}

const TOKENS: Record<string, Grant> = {
  [KASAR_DEMO_TOKEN]: { org: "demo", canWrite: true },
  [KASAR_READONLY_TOKEN]: { org: "demo", canWrite: false },
  [KASAR_OTHER_ORG_TOKEN]: { org: "other", canWrite: true },
};

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
}

/** Classifies the Authorization header, for the request log. */
export function kasarAuthState(header: string | undefined): AuthState {
  if (header === undefined || header.trim() === "") return "missing";
  const token = bearer(header);
  return token !== undefined && Object.hasOwn(TOKENS, token) ? "valid" : "invalid";
}

/** The grant of an authenticated request (the middleware already refused the rest). */
export function grantOf(c: Context): Grant {
  const token = bearer(c.req.header("authorization"));
  const grant = token === undefined ? undefined : TOKENS[token];
  if (!grant) throw new KasarError("UNAUTHORIZED", "Missing or invalid bearer token");
  return grant;
}

/** The organisation of a write request; 403 PERMISSION_DENIED for a read-only token. */
export function writerOrg(c: Context): OrgId {
  const grant = grantOf(c);
  if (!grant.canWrite)
    throw new KasarError("PERMISSION_DENIED", "The token does not have permission for this action");
  return grant.org;
}

const windows = new Map<string, { start: number; count: number }>();

/** Forgets every token's window (on reset and when the limit changes). */
export function resetRateLimits(): void {
  windows.clear();
}

/**
 * Bearer auth (401 UNAUTHORIZED, [ours] code), then the per-token rate limit:
 * a fixed window; over the limit answers 429 RATE_LIMITED with `Retry-After`
 * (whole seconds until the window ends).
 */
export const requireToken = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header("authorization")) ?? "";
  grantOf(c);
  const limit = settings().rateLimit;
  if (limit) {
    const now = Date.now();
    const windowMs = limit.windowSeconds * 1000;
    let window = windows.get(token);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      windows.set(token, window);
    }
    window.count++;
    if (window.count > limit.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
      throw new KasarError("RATE_LIMITED", "Rate limit exceeded for this token", {
        "Retry-After": String(retryAfter),
      });
    }
  }
  return next();
});
