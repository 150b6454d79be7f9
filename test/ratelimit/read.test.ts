import { describe, expect, it } from "vitest";
import { edge, edgeWith } from "../helpers";
import { freshIp } from "./support";

/** A read route that counts and then answers 404 without asking Caraer: a form not in FORMS. */
const UNSERVED_FORM = "/v1/forms/00000000-0000-4000-8000-000000000000";

/** The `[[ratelimits]] READ_RATE_LIMITER` binding in wrangler.toml: 600 reads per 60 s. */
const READ_LIMIT = 600;

async function readBurst(ip: string, count: number): Promise<Response[]> {
  const responses: Response[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, () =>
      edge(UNSERVED_FORM, { headers: { "CF-Connecting-IP": ip } }),
    );
    responses.push(...(await Promise.all(batch)));
  }
  return responses;
}

describe("read limiter (native rate-limit binding)", () => {
  it("refuses a client's reads after the binding's limit with 429 and Retry-After", async () => {
    // The binding counts in fixed windows; retry once if a window boundary fell inside the burst.
    for (let attempt = 0; attempt < 2; attempt++) {
      const window = Math.floor(Date.now() / 60_000);
      const ip = freshIp();
      const responses = await readBurst(ip, READ_LIMIT);
      const extra = await edge(UNSERVED_FORM, { headers: { "CF-Connecting-IP": ip } });
      if (Math.floor(Date.now() / 60_000) !== window) continue;

      expect(responses.map((r) => r.status)).toEqual(Array(READ_LIMIT).fill(404));
      expect(extra.status).toBe(429);
      expect(extra.headers.get("Retry-After")).toBe("60");
      expect(extra.headers.get("RateLimit")).toBeNull();
      expect(await extra.json()).toEqual({
        error: {
          code: "RATE_LIMITED",
          message: "Too many requests from this address; try again later.",
          requestId: extra.headers.get("X-Request-Id"),
        },
      });
      // Another client, and the same client on a route that is not a read, are unaffected.
      const other = await edge(UNSERVED_FORM, {
        headers: { "CF-Connecting-IP": freshIp() },
      });
      expect(other.status).toBe(404);
      expect((await edge("/healthz", { headers: { "CF-Connecting-IP": ip } })).status).toBe(200);
      // Switched off, the same client reads again.
      const off = await edgeWith({ RATE_LIMITS: { read: { enabled: false } } }, UNSERVED_FORM, {
        headers: { "CF-Connecting-IP": ip },
      });
      expect(off.status).toBe(404);
      return;
    }
    throw new Error("two window boundaries in two bursts: the machine is far too slow");
  });
});
