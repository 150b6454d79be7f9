import {
  convertIPv4BinaryToString,
  convertIPv4ToBinary,
  convertIPv6ToBinary,
  distinctRemoteAddr,
  isIPv4MappedIPv6,
} from "hono/utils/ipaddr";

/**
 * The client key used when `CF-Connecting-IP` is missing or unparseable.
 * Cloudflare sets that header on every request from the internet, so this only
 * happens in local development (`wrangler dev`, tests) or for a call from
 * another Worker; all such requests share this one budget rather than going
 * unlimited, so stripping the header can never buy a fresh budget.
 */
export const UNKNOWN_CLIENT = "unknown";

/**
 * The address a rate limit is counted against: `CF-Connecting-IP` only, the
 * one address header Cloudflare sets and a caller cannot. `X-Forwarded-For`,
 * `X-Real-IP` and the like are ignored: anyone can send them.
 *
 * IPv4 addresses are kept whole. An IPv6 address is reduced to its /64 prefix:
 * one subscriber usually gets a whole /64 and can pick any address in it, so
 * counting single IPv6 addresses would hand out 2^64 budgets. An IPv4-mapped
 * IPv6 address counts as its IPv4 address.
 */
export function clientAddress(request: Request): string {
  const raw = request.headers.get("CF-Connecting-IP")?.trim();
  if (!raw) return UNKNOWN_CLIENT;
  try {
    const kind = distinctRemoteAddr(raw);
    if (kind === "IPv4") return convertIPv4BinaryToString(convertIPv4ToBinary(raw));
    if (kind === "IPv6") {
      const binary = convertIPv6ToBinary(raw);
      if (isIPv4MappedIPv6(binary)) return convertIPv4BinaryToString(binary & 0xffffffffn);
      return ipv6Prefix64(binary);
    }
  } catch {
    // Unparseable: only possible where the header is not Cloudflare's.
  }
  return UNKNOWN_CLIENT;
}

/** The /64 network of an IPv6 address, as `2001:db8:0:1::/64` with full groups. */
function ipv6Prefix64(binary: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 64n; shift -= 16n) {
    groups.push(((binary >> shift) & 0xffffn).toString(16));
  }
  return `${groups.join(":")}::/64`;
}
