/**
 * The secret a webhook call presents: `Authorization: Bearer <secret>`, or the
 * `secret` query parameter for senders (like Caraer's webhook subscriptions)
 * that can only be given a URL.
 */
export function presentedSecret(request: Request): string | null {
  const authorization = request.headers.get("Authorization");
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer ?? new URL(request.url).searchParams.get("secret");
}
