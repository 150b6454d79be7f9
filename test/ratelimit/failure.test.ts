import { env } from "cloudflare:workers";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { edge, edgeSettled, edgeWith } from "../helpers";
import { ADMITTED, freshIp, SERVED_FORM, submit } from "./support";

/** A read route that counts and then answers 404 without asking Caraer: a form not in FORMS. */
const UNSERVED_FORM = "/v1/forms/00000000-0000-4000-8000-000000000000";

// Fault injection for the platform, not our code: a Durable Object namespace
// whose objects throw as an overloaded or reset object does, or never answer.
const failing = {
  idFromName: (name: string) => env.RATE_LIMITER.idFromName(name),
  get: () => ({
    take: () =>
      Promise.reject(new Error("Durable Object is overloaded. Too many requests queued.")),
  }),
};
const hanging = {
  idFromName: (name: string) => env.RATE_LIMITER.idFromName(name),
  get: () => ({ take: () => new Promise(() => {}) }),
};
const failingBinding = { limit: () => Promise.reject(new Error("rate limiter unavailable")) };

// The served form's definition is cached, so no request here needs a form look-up.
beforeAll(async () => {
  expect((await edgeSettled(`/v1/forms/${SERVED_FORM}`)).status).toBe(200);
});

afterEach(() => vi.restoreAllMocks());

/** What an admitted `upload` answers: its body holds no file, which the route refuses. */
const ADMITTED_UPLOAD = 400;

function upload(settings: Record<string, unknown>, form: string): Promise<Response> {
  return edgeWith(settings, `/v1/forms/${form}/uploads`, {
    method: "POST",
    headers: { "CF-Connecting-IP": freshIp(), "Content-Type": "multipart/form-data; boundary=x" },
    body: "--x--\r\n",
  });
}

function warnings(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
}

describe("when a limiter fails", () => {
  it("lets a submission through (fail open) without rate-limit headers, and logs it without the address", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const ip = freshIp();
    const response = await submit({ RATE_LIMITER: failing }, SERVED_FORM, ip);
    expect(response.status).toBe(ADMITTED);
    expect(response.headers.get("RateLimit")).toBeNull();
    const lines = warnings(warn).filter((line) => line.event === "ratelimit.unavailable");
    // One call decides the form's budget and the client's across forms (the form's definition is cached).
    expect(lines.map((line) => line.routeClass)).toEqual(["submission"]);
    expect(lines[0]).toMatchObject({
      level: "warn",
      routeClass: "submission",
      reason: "error",
      errorName: "Error",
      failMode: "open",
    });
    expect(JSON.stringify(warn.mock.calls)).not.toContain(ip);
  });

  it("refuses an upload (fail closed) with 503 TEMPORARILY_UNAVAILABLE and Retry-After", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await upload({ RATE_LIMITER: failing }, SERVED_FORM);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({
      error: {
        code: "TEMPORARILY_UNAVAILABLE",
        message: "Please try again in a few seconds.",
        requestId: response.headers.get("X-Request-Id"),
      },
    });
  });

  it("treats a limiter that does not answer within timeoutMs like a failed one", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const settings = {
      RATE_LIMITER: hanging,
      RATE_LIMITS: { submission: { timeoutMs: 50 }, upload: { timeoutMs: 50 } },
    };
    const started = Date.now();
    const submission = await submit(settings, SERVED_FORM, freshIp());
    const refusedUpload = await upload(settings, SERVED_FORM);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(submission.status).toBe(ADMITTED);
    expect(refusedUpload.status).toBe(503);
    expect(
      warnings(warn)
        .filter((line) => line.event === "ratelimit.unavailable")
        .map((line) => [line.routeClass, line.reason, line.failMode]),
    ).toEqual([
      ["submission", "timeout", "open"],
      ["upload", "timeout", "closed"],
    ]);
  });

  it("follows failMode when an operator flips it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const settings = {
      RATE_LIMITER: failing,
      RATE_LIMITS: { submission: { failMode: "closed" }, upload: { failMode: "open" } },
    };
    expect((await submit(settings, SERVED_FORM, freshIp())).status).toBe(503);
    const admittedUpload = await upload(settings, SERVED_FORM);
    expect(admittedUpload.status).toBe(ADMITTED_UPLOAD);
  });

  it("lets reads through (fail open) when the rate-limit binding fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await edgeWith({ READ_RATE_LIMITER: failingBinding }, UNSERVED_FORM, {
      headers: { "CF-Connecting-IP": freshIp() },
    });
    expect(response.status).toBe(404);
    expect(warnings(warn).find((line) => line.event === "ratelimit.unavailable")).toMatchObject({
      routeClass: "read",
      reason: "error",
      failMode: "open",
    });
  });

  it("does not call the limiter at all for a request refused earlier", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await edgeWith(
      { RATE_LIMITER: failing },
      `/v1/forms/${SERVED_FORM}/submissions`,
      { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hi" },
    );
    expect(response.status).toBe(415);
    expect(warn).not.toHaveBeenCalled();
    // The real Worker (not edgeWith) still answers, proving the faults stayed in this test.
    expect((await edge("/healthz")).status).toBe(200);
  });
});
