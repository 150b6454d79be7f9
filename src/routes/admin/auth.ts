import type { Context } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { OPENAPI_METADATA } from "#openapi-metadata";
import type { AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { secretMatches } from "../../security/secret";

/** The OpenAPI security requirement of an operator route. */
export const operatorSecurity = OPENAPI_METADATA && [{ operatorToken: [] }];

function refuse(c: Context<AppEnv>): never {
  const configured = c.get("services").config.ADMIN_TOKEN !== undefined;
  throw new ApiError(
    "UNAUTHORIZED",
    configured ? "Send the operator token as a bearer token." : "Operator routes are disabled.",
    { headers: { "WWW-Authenticate": 'Bearer realm="operator"' } },
  );
}

// Thrown from the message hook, so every refusal is the envelope, not bearer-auth's own body.
const refusal = { message: (c: Context) => refuse(c as Context<AppEnv>) };

/**
 * Operator routes answer only to `Authorization: Bearer <ADMIN_TOKEN>`
 * (Hono's bearer auth; the token compared in constant time), and every
 * refusal (no header, a malformed one, a wrong token, no `ADMIN_TOKEN`
 * configured) is the same 401 `UNAUTHORIZED` in the error envelope.
 */
export const operatorOnly = bearerAuth({
  verifyToken: (token, c) =>
    secretMatches(token, (c as Context<AppEnv>).get("services").config.ADMIN_TOKEN),
  noAuthenticationHeader: refusal,
  invalidAuthenticationHeader: refusal,
  invalidToken: refusal,
});
