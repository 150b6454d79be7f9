import { beforeEach, describe, expect, it } from "vitest";
import {
  applicationValues,
  candidatesWithEmail,
  pdf,
  submitCalls,
  submitJson,
  uniqueEmail,
  upload,
  VACANCY,
} from "../forms/support/forms";
import { resetAll } from "../helpers";
import { freshIp, limits } from "./support";

// The submission route reads and parses its body while the strict limiter's Durable Object
// decides (src/ratelimit/admission.ts). A refusal must still be the answer, and nothing of a
// refused submission may reach Caraer.
const ONE_PER_MINUTE = limits({
  submission: { limit: 1, clientLimit: 100_000, period: 60 },
  upload: { limit: 100_000, clientLimit: 100_000, period: 60 },
  formLookup: { limit: 100_000, period: 60 },
});

beforeEach(resetAll);

describe("strict limit decided while the body is read", () => {
  it("refuses a valid submission over the limit with 429 and sends nothing to Caraer", async () => {
    const [cv] = await upload([pdf()]);
    const ip = freshIp();
    const send = (email: string) =>
      submitJson(
        { values: applicationValues(cv?.key ?? "", email), relatedRecordUuid: VACANCY },
        { settings: ONE_PER_MINUTE, headers: { "CF-Connecting-IP": ip } },
      );

    const first = await send(uniqueEmail());
    expect(first.status).toBe(201);
    const calls = (await submitCalls()).length;

    const refusedEmail = uniqueEmail("refused");
    const refused = await send(refusedEmail);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toMatch(/^[1-9][0-9]*$/);
    const body = (await refused.json()) as { error: { code: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect((await submitCalls()).length).toBe(calls);
    expect(await candidatesWithEmail(refusedEmail)).toEqual([]);
  });

  it("answers a refused request 429 even when its body is invalid", async () => {
    const ip = freshIp();
    const send = (body: string) =>
      submitJson(JSON.parse(body), {
        settings: ONE_PER_MINUTE,
        headers: { "CF-Connecting-IP": ip },
      });
    expect((await send('{"values":{}}')).status).toBe(422);
    const refused = await send('{"values":{"email":"not an email"}}');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  });
});
