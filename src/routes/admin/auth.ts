import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { OPENAPI_METADATA } from "#openapi-metadata";
import { bearerToken } from "../../hooks/verify";
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

/**
 * Operator routes answer only to `Authorization: Bearer <ADMIN_TOKEN>` (the
 * token compared in constant time), and every refusal (no header, a malformed
 * one, a wrong token, no `ADMIN_TOKEN` configured) is the same 401
 * `UNAUTHORIZED` in the error envelope. The webhook reads its bearer token the
 * same way (src/hooks/verify.ts); Hono's `bearerAuth` would add 1.9 KiB of
 * minified code for its own refusal bodies, which these routes never send.
 */
export const operatorOnly = createMiddleware<AppEnv>(async (c, next) => {
  const { ADMIN_TOKEN } = c.get("services").config;
  if (!(await secretMatches(bearerToken(c.req.raw), ADMIN_TOKEN))) refuse(c);
  await next();
});
