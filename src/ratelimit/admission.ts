import type { Context } from "hono";
import type { AppEnv } from "../http/context";

/**
 * A strict admission decided while the route reads its body: the Durable
 * Object round trip of the rate limit runs beside the body's reading and
 * parsing instead of before it (docs/security.md). Resolves to the RateLimit
 * headers to send; rejects with the refusal (429, or 503 when the limiter
 * fails closed).
 */
export type Admission = Promise<Record<string, string>>;

/**
 * Hands the route its admission. The route must call {@link admitted} before
 * anything of the request reaches Caraer, a ledger or a queue; the guard waits
 * for it after the route as well, so a refusal is the answer whatever the route
 * answered.
 */
export function startAdmission(c: Context<AppEnv>, admission: Admission): void {
  // Waited for by the route and the guard; this keeps a refusal that arrives
  // before either waits from being reported as unhandled.
  admission.catch(() => undefined);
  c.set("admission", admission);
}

/**
 * Waits until the request is admitted by its strict rate limit, or throws the
 * refusal. Answers at once on routes whose guard decided admission before
 * the route ran.
 */
export async function admitted(c: Context<AppEnv>): Promise<void> {
  await c.get("admission");
}
