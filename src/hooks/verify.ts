/**
 * The secret a webhook call presents: `Authorization: Bearer <secret>`, or the
 * `secret` query parameter for senders (like Caraer's webhook subscriptions)
 * that can only be given a URL.
 */
export function presentedSecret(request: Request): string | null {
  return bearerToken(request) ?? new URL(request.url).searchParams.get("secret");
}

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
export function bearerToken(request: Request): string | undefined {
  return request.headers.get("Authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
}
