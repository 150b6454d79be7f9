import { describe, expect, it } from "vitest";
import { edgeWith } from "../helpers";
import { ADMITTED, freshIp, OTHER_SERVED_FORM, SERVED_FORM, submit } from "./support";

const TEN_PER_MINUTE = { RATE_LIMITS: { submission: { limit: 10, period: 60 } } };
const TWO_PER_MINUTE = { RATE_LIMITS: { submission: { limit: 2, period: 60 } } };

interface Envelope {
  error: { code: string; message: string; requestId: string };
}

describe("strict limiter (Durable Object, GCRA)", () => {
  it("admits exactly the limit of 50 concurrent submissions and refuses the rest with headers", async () => {
    const form = SERVED_FORM;
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => submit(TEN_PER_MINUTE, form, ip)),
    );
    const admitted = responses.filter((r) => r.status === ADMITTED);
    const refused = responses.filter((r) => r.status === 429);
    expect(admitted).toHaveLength(10);
    expect(refused).toHaveLength(40);

    for (const response of admitted) {
      expect(response.headers.get("RateLimit-Policy")).toBe('"submission";q=10;w=60');
    }
    // Each admitted request saw one fewer remaining; t is when the quota is whole again
    // (6 s per used request at 10 a minute).
    const states = admitted.map((r) => r.headers.get("RateLimit")).sort();
    expect(states).toEqual(
      Array.from({ length: 10 }, (_, k) => `"submission";r=${9 - k};t=${6 * (k + 1)}`).sort(),
    );

    for (const response of refused) {
      expect(response.headers.get("Retry-After")).toBe("6");
      expect(response.headers.get("RateLimit-Policy")).toBe('"submission";q=10;w=60');
      expect(response.headers.get("RateLimit")).toBe('"submission";r=0;t=60');
      const body = (await response.json()) as Envelope;
      expect(body).toEqual({
        error: {
          code: "RATE_LIMITED",
          message: "Too many requests from this address; try again later.",
          requestId: response.headers.get("X-Request-Id"),
        },
      });
    }
  });

  it("leaves a second client's budget untouched", async () => {
    const form = SERVED_FORM;
    const spender = freshIp();
    for (let i = 0; i < 2; i++)
      expect((await submit(TWO_PER_MINUTE, form, spender)).status).toBe(ADMITTED);
    expect((await submit(TWO_PER_MINUTE, form, spender)).status).toBe(429);

    const other = await submit(TWO_PER_MINUTE, form, freshIp());
    expect(other.status).toBe(ADMITTED);
    expect(other.headers.get("RateLimit")).toBe('"submission";r=1;t=30');
  });

  it("keeps separate budgets per form and per route class", async () => {
    const ip = freshIp();
    const form = SERVED_FORM;
    for (let i = 0; i < 2; i++) await submit(TWO_PER_MINUTE, form, ip);
    expect((await submit(TWO_PER_MINUTE, form, ip)).status).toBe(429);

    expect((await submit(TWO_PER_MINUTE, OTHER_SERVED_FORM, ip)).status).toBe(ADMITTED);
    const upload = await edgeWith(TWO_PER_MINUTE, `/v1/forms/${form}/uploads`, {
      method: "POST",
      headers: { "CF-Connecting-IP": ip, "Content-Type": "multipart/form-data; boundary=x" },
      body: "--x--\r\n",
    });
    // Admitted: the route itself refuses an upload without files.
    expect(upload.status).toBe(400);
    expect(upload.headers.get("RateLimit-Policy")).toBe('"upload";q=30;w=600');
  });

  it("counts a form UUID in any letter case as the same form", async () => {
    const ip = freshIp();
    const form = SERVED_FORM;
    await submit(TWO_PER_MINUTE, form, ip);
    await submit(TWO_PER_MINUTE, form.toUpperCase(), ip);
    expect((await submit(TWO_PER_MINUTE, form, ip)).status).toBe(429);
  });

  it("makes an IPv6 neighbour in the same /64 share the budget, and another /64 not", async () => {
    const form = SERVED_FORM;
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`;
    expect((await submit(TWO_PER_MINUTE, form, `${prefix}::1`)).status).toBe(ADMITTED);
    expect((await submit(TWO_PER_MINUTE, form, `${prefix}:0:0:0:2`)).status).toBe(ADMITTED);
    const neighbour = await submit(TWO_PER_MINUTE, form, `${prefix}:ffff:ffff:ffff:fffe`);
    expect(neighbour.status).toBe(429);
    const expanded = await submit(
      TWO_PER_MINUTE,
      form,
      `${prefix.replace("2001:db8", "2001:0DB8")}::abcd`,
    );
    expect(expanded.status).toBe(429);

    const otherNetwork = await submit(TWO_PER_MINUTE, form, `${prefix}1::1`);
    expect(otherNetwork.status).toBe(ADMITTED);
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", async () => {
    const form = SERVED_FORM;
    const ip = freshIp();
    await submit(TWO_PER_MINUTE, form, ip);
    await submit(TWO_PER_MINUTE, form, `::ffff:${ip}`);
    expect((await submit(TWO_PER_MINUTE, form, ip)).status).toBe(429);
  });

  it("ignores X-Forwarded-For, X-Real-IP and True-Client-IP", async () => {
    const form = SERVED_FORM;
    const ip = freshIp();
    const spoofs: Record<string, string>[] = [
      { "X-Forwarded-For": freshIp() },
      { "X-Real-IP": freshIp(), "X-Forwarded-For": `${freshIp()}, ${freshIp()}` },
      { "True-Client-IP": freshIp(), Forwarded: `for=${freshIp()}` },
    ];
    expect((await submit(TWO_PER_MINUTE, form, ip, spoofs[0])).status).toBe(ADMITTED);
    expect((await submit(TWO_PER_MINUTE, form, ip, spoofs[1])).status).toBe(ADMITTED);
    expect((await submit(TWO_PER_MINUTE, form, ip, spoofs[2])).status).toBe(429);
  });

  it("counts every request without CF-Connecting-IP as one client, whatever else it claims", async () => {
    const form = SERVED_FORM;
    expect(
      (await submit(TWO_PER_MINUTE, form, undefined, { "X-Forwarded-For": freshIp() })).status,
    ).toBe(ADMITTED);
    expect((await submit(TWO_PER_MINUTE, form, "not-an-address")).status).toBe(ADMITTED);
    expect(
      (await submit(TWO_PER_MINUTE, form, undefined, { "X-Forwarded-For": freshIp() })).status,
    ).toBe(429);
  });

  it("admits again once one emission interval has passed", async () => {
    const settings = { RATE_LIMITS: { submission: { limit: 2, period: 1 } } };
    const form = SERVED_FORM;
    const ip = freshIp();
    await submit(settings, form, ip);
    await submit(settings, form, ip);
    const refused = await submit(settings, form, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 600));
    const again = await submit(settings, form, ip);
    expect(again.status).toBe(ADMITTED);
    expect(again.headers.get("RateLimit")).toBe('"submission";r=0;t=1');
    expect((await submit(settings, form, ip)).status).toBe(429);
  });

  it("uses the documented defaults when RATE_LIMITS is not set", async () => {
    const form = SERVED_FORM;
    const response = await submit({ RATE_LIMITS: undefined }, form, freshIp());
    expect(response.headers.get("RateLimit-Policy")).toBe('"submission";q=10;w=600');
    expect(response.headers.get("RateLimit")).toBe('"submission";r=9;t=60');
  });

  it("can be switched off per route class, sending no rate-limit headers", async () => {
    const settings = { RATE_LIMITS: { submission: { enabled: false, limit: 1 } } };
    const form = SERVED_FORM;
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      const response = await submit(settings, form, ip);
      expect(response.status).toBe(ADMITTED);
      expect(response.headers.get("RateLimit")).toBeNull();
    }
  });
});
