import * as z from "zod/v4";
import { ApiError } from "../http/errors";

/** How long the edge waits for Turnstile's verification before failing closed. */
export const TURNSTILE_TIMEOUT_MS = 5_000;

const SiteverifySchema = z.looseObject({
  success: z.boolean(),
  "error-codes": z.array(z.string()).optional().catch([]),
});

/** One verification request. */
export interface TurnstileCheck {
  verifyUrl: string;
  secret: string;
  token: unknown;
  /** `CF-Connecting-IP`, which Turnstile compares with the solver's address. */
  remoteIp: string | undefined;
  /**
   * A UUID fixed per submission: Turnstile answers a repeated verification
   * with the same key as the first, so a double click or a retry of one
   * submission does not fail as "token already spent".
   */
  idempotencyKey: string;
}

/**
 * Verifies a Turnstile token on the server and fails closed: a missing,
 * invalid, expired or spent token is 403 `CHALLENGE_FAILED`; when Turnstile
 * cannot be asked (network, timeout, non-200, garbled answer) the submission
 * is refused with 503 rather than let through unverified.
 */
export async function verifyTurnstile(check: TurnstileCheck): Promise<void> {
  const token = Array.isArray(check.token) ? check.token[0] : check.token;
  if (typeof token !== "string" || token.trim() === "" || token.length > 2048) {
    throw new ApiError("CHALLENGE_FAILED", "Complete the spam check and submit again.");
  }
  const form = new URLSearchParams({
    secret: check.secret,
    response: token,
    idempotency_key: check.idempotencyKey,
  });
  if (check.remoteIp) form.set("remoteip", check.remoteIp);
  let body: z.infer<typeof SiteverifySchema>;
  try {
    const response = await fetch(check.verifyUrl, {
      method: "POST",
      body: form,
      signal: AbortSignal.timeout(TURNSTILE_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`siteverify answered ${response.status}`);
    body = SiteverifySchema.parse(await response.json());
  } catch {
    throw new ApiError(
      "UPSTREAM_UNAVAILABLE",
      "The spam check is unavailable; try again shortly.",
      {
        headers: { "Retry-After": "5" },
      },
    );
  }
  if (body.success) return;
  const spent = body["error-codes"]?.includes("timeout-or-duplicate");
  throw new ApiError(
    "CHALLENGE_FAILED",
    spent
      ? "The spam check expired or was already used; complete it again."
      : "The spam check failed; complete it again.",
  );
}

/** A UUID derived from a submission's ledger ID, for Turnstile's `idempotency_key`. */
export function turnstileIdempotencyKey(submissionId: string): string {
  const hex = submissionId.padEnd(32, "0").slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
