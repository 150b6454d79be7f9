import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_CLIENT } from "./client-address";

function from(headers: Record<string, string>): string {
  return clientAddress(new Request("https://edge.test/", { headers }));
}

describe("client address", () => {
  it("uses CF-Connecting-IP for IPv4, normalised", () => {
    expect(from({ "CF-Connecting-IP": "203.0.113.7" })).toBe("203.0.113.7");
    expect(from({ "CF-Connecting-IP": " 203.0.113.7 " })).toBe("203.0.113.7");
  });

  it("groups IPv6 by /64 whatever the spelling", () => {
    expect(from({ "CF-Connecting-IP": "2001:db8:1:2::1" })).toBe("2001:db8:1:2::/64");
    expect(from({ "CF-Connecting-IP": "2001:0DB8:0001:0002:ffff:0:0:9" })).toBe(
      "2001:db8:1:2::/64",
    );
    expect(from({ "CF-Connecting-IP": "2001:db8::1" })).toBe("2001:db8:0:0::/64");
    expect(from({ "CF-Connecting-IP": "::ffff:198.51.100.4" })).toBe("198.51.100.4");
  });

  it("ignores every header a caller can set", () => {
    expect(
      from({
        "X-Forwarded-For": "198.51.100.1",
        "X-Real-IP": "198.51.100.2",
        "True-Client-IP": "198.51.100.3",
        Forwarded: "for=198.51.100.4",
      }),
    ).toBe(UNKNOWN_CLIENT);
    expect(from({ "CF-Connecting-IP": "198.51.100.9", "X-Forwarded-For": "1.2.3.4" })).toBe(
      "198.51.100.9",
    );
  });

  it("falls back to the shared unknown client for a missing or malformed header", () => {
    for (const value of [
      "",
      "localhost",
      "999.1.1.1",
      "1.2.3",
      "2001:db8:::1",
      "1.2.3.4, 5.6.7.8",
    ]) {
      expect(from({ "CF-Connecting-IP": value })).toBe(UNKNOWN_CLIENT);
    }
    expect(from({})).toBe(UNKNOWN_CLIENT);
  });
});
