import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context";
import { DEMO_API_TOKEN, DEMO_COMPANY_UUID } from "./demo";
import { CaraerError, problem } from "./errors";

/** How a request authenticated: the request log records this. */
export type AuthState = "valid" | "invalid" | "missing";

/** Classifies the Authorization header. */
export function authState(header: string | undefined): AuthState {
  if (header === undefined || header.trim() === "") return "missing";
  return header === `Bearer ${DEMO_API_TOKEN}` ? "valid" : "invalid";
}

/** Whether a path under the API is public (no token): public forms and webpages. */
export function isPublicPath(path: string): boolean {
  return path.startsWith("/api/v2/forms/public/") || path.startsWith("/api/v2/webpages/public/");
}

/**
 * Private routes need the demo bearer token (else 401) and the demo company
 * in X-Caraer-Company-Uuid (else 403, also when missing).
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  if (isPublicPath(c.req.path)) return next();
  if (authState(c.req.header("authorization")) !== "valid") {
    throw new CaraerError(401, "Unauthorized", [
      problem("GENERAL", "Missing or invalid bearer token", "Send Authorization: Bearer <token>."),
    ]);
  }
  if (c.req.header("x-caraer-company-uuid") !== DEMO_COMPANY_UUID) {
    throw new CaraerError(403, "Forbidden", [
      problem(
        "GENERAL",
        "The token has no access to the requested company",
        "Send the company UUID of the token in X-Caraer-Company-Uuid.",
      ),
    ]);
  }
  return next();
});
