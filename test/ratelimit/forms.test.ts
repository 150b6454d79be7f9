import { beforeEach, describe, expect, it } from "vitest";
import { edgeWith, emulatorRequests, resetAll } from "../helpers";
import { errorCode, freshIp, OTHER_SERVED_FORM, SERVED_FORM, submit, unknownForm } from "./support";

/** Every public form of the company served, with the documented default limits. */
const ANY_FORM_DEFAULTS = { FORMS: { "*": {} }, RATE_LIMITS: {} };

function uploadTo(settings: Record<string, unknown>, form: string, ip: string): Promise<Response> {
  return edgeWith(settings, `/v1/forms/${form}/uploads`, {
    method: "POST",
    headers: { "CF-Connecting-IP": ip, "Content-Type": "multipart/form-data; boundary=x" },
    body: "--x--\r\n",
  });
}

function formLookups() {
  return emulatorRequests({ method: "GET", path: "/api/v2/forms/public/*/*" });
}

beforeEach(resetAll);

describe("strict limits of forms a caller names", () => {
  it("meets 429s for 30 submissions and 12 uploads to random forms, with a bounded number of look-ups", async () => {
    const ip = freshIp();
    const forms = Array.from({ length: 42 }, unknownForm);
    const statuses: number[] = [];
    for (const form of forms.slice(0, 30)) {
      statuses.push((await submit(ANY_FORM_DEFAULTS, form, ip)).status);
    }
    for (const form of forms.slice(30)) {
      statuses.push((await uploadTo(ANY_FORM_DEFAULTS, form, ip)).status);
    }
    // RATE_LIMITS.formLookup: 10 look-ups per client in 10 minutes, then 429.
    expect(statuses).toEqual([...Array(10).fill(404), ...Array(32).fill(429)]);
    expect(await formLookups()).toHaveLength(10);

    // A form found missing is answered from the negative cache, asking nobody and counting nothing.
    const again = await submit(ANY_FORM_DEFAULTS, forms[0] as string, ip);
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe("NOT_FOUND");
    expect(again.headers.get("RateLimit")).toBeNull();
    expect(await formLookups()).toHaveLength(10);
  });

  it("refuses the look-up budget's 429 with its own headers and Retry-After", async () => {
    const ip = freshIp();
    const settings = { FORMS: { "*": {} }, RATE_LIMITS: { formLookup: { limit: 1, period: 60 } } };
    expect((await submit(settings, unknownForm(), ip)).status).toBe(404);
    const refused = await submit(settings, unknownForm(), ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("RateLimit-Policy")).toBe('"formLookup";q=1;w=60');
    expect(refused.headers.get("Retry-After")).toBe("60");
    expect(await errorCode(refused)).toBe("RATE_LIMITED");
  });

  it("keeps a client's budget across forms besides each form's own", async () => {
    const ip = freshIp();
    const settings = { RATE_LIMITS: { submission: { limit: 2, clientLimit: 3, period: 60 } } };
    expect((await submit(settings, SERVED_FORM, ip)).status).toBe(422);
    expect((await submit(settings, SERVED_FORM, ip)).status).toBe(422);
    expect((await submit(settings, OTHER_SERVED_FORM, ip)).status).toBe(422);
    const refused = await submit(settings, OTHER_SERVED_FORM, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("RateLimit-Policy")).toBe('"submission-client";q=3;w=60');
    expect(refused.headers.get("RateLimit")).toBe('"submission-client";r=0;t=60');
    expect(refused.headers.get("Retry-After")).toBe("20");
    // Another client still has its own.
    expect((await submit(settings, OTHER_SERVED_FORM, freshIp())).status).toBe(422);
  });

  it("counts nothing against a form the configuration does not serve", async () => {
    const ip = freshIp();
    const settings = { RATE_LIMITS: { submission: { limit: 1, period: 60 } } };
    for (let i = 0; i < 3; i++) {
      const response = await submit(settings, unknownForm(), ip);
      expect(response.status).toBe(404);
      expect(response.headers.get("RateLimit")).toBeNull();
    }
    expect(await formLookups()).toEqual([]);
    expect((await submit(settings, SERVED_FORM, ip)).headers.get("RateLimit")).toBe(
      '"submission";r=0;t=60',
    );
  });
});
