/**
 * Compares a presented secret with the expected one in constant time. Both are
 * hashed first so the comparison runs over equal lengths and its duration
 * reveals neither the secret's length nor its prefix.
 */
export async function secretMatches(
  presented: string | null | undefined,
  expected: string | undefined,
): Promise<boolean> {
  if (!expected || !presented) return false;
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(presented)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}
