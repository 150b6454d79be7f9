/**
 * The SHA-256 of text (as UTF-8) or bytes, as 64 lowercase hex digits: the
 * one digest the Worker names things by (KV keys, upload receipts, payload
 * fingerprints).
 */
export async function sha256Hex(data: string | BufferSource): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
