import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  CAREERS_HOME_SLUG,
  CAREERS_ROOT_SLUG,
  EMPLOYMENT_TYPE_PROPERTY_UUID,
  OPEN_VACANCY_UUID,
} from "../../emulator/src/demo";
import { edgeWith, injectFault, resetAll, resetEmulator } from "../helpers";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import { type Captured, findLeaks, hygieneState } from "./hygiene";

/** Distinctive secrets for this file; the Caraer token stays the emulator's, so calls work. */
const SECRETS = {
  CARAER_API_TOKEN: env.CARAER_API_TOKEN,
  ADMIN_TOKEN: "admin-hygiene-5b8e2f0c9d1a7e43",
  WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  // Cloudflare's documented test secret that always fails verification (the stub knows it).
  TURNSTILE_SECRET: "2x0000000000000000000000000000000AA",
};
const VALUES = Object.values(SECRETS);

const state = hygieneState();
let start = 0;

function since(): Captured[] {
  return state.captured.slice(start);
}

function call(path: string, init: RequestInit = {}, overrides: Record<string, unknown> = {}) {
  return edgeWith({ ...SECRETS, ...overrides }, path, {
    ...init,
    headers: { "CF-Connecting-IP": "10.250.0.1", ...(init.headers as Record<string, string>) },
  });
}

/** Sends every request and reads every body, so each response is captured in full. */
async function all(requests: Promise<Response>[]): Promise<number[]> {
  const responses = await Promise.all(requests);
  await Promise.all(responses.map((response) => response.text()));
  return responses.map((response) => response.status);
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

describe("secret hygiene", () => {
  beforeAll(async () => {
    await resetEmulator();
    start = state.captured.length;
  });

  afterAll(resetEmulator);

  it("detects a secret in any of its forms: raw, URL-encoded, JSON-escaped, base64", () => {
    const secret = 'tok/en+"q"=1';
    for (const text of [
      `a ${secret} b`,
      `?t=${encodeURIComponent(secret)}`,
      JSON.stringify({ secret }),
      `Basic ${btoa(secret)}`,
    ]) {
      expect(findLeaks([{ where: "planted", text }], [secret])).toHaveLength(1);
    }
    expect(findLeaks([{ where: "clean", text: "nothing here" }], [secret])).toEqual([]);
  });

  it("captures console lines and responses live (a planted leak is found, then removed)", async () => {
    const before = state.captured.length;
    console.log(`planted ${SECRETS.ADMIN_TOKEN}`);
    // A caller's own input echoed back in a field issue: harmless, but it proves responses are read.
    await (await call(`/v1/lists/vacancies?sort=${SECRETS.ADMIN_TOKEN}`)).text();
    const planted = state.captured.splice(before);
    const leaks = findLeaks(planted, [SECRETS.ADMIN_TOKEN]).map((leak) => leak.where);
    expect(leaks).toContain("console.log");
    expect(leaks).toContain("GET /v1/lists/vacancies → 400");
  });

  it("keeps the secrets out of the operator and webhook routes' answers, right or wrong", async () => {
    const statuses = await all([
      call("/v1/admin/dead-letters", {
        headers: { Authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` },
      }),
      call("/v1/admin/dead-letters", {
        headers: { Authorization: `Bearer ${SECRETS.ADMIN_TOKEN}x` },
      }),
      call("/v1/admin/dead-letters/replay", {
        method: "POST",
        headers: { Authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` },
      }),
      call(`/v1/admin/dead-letters/${"a".repeat(64)}/replay`, {
        method: "POST",
        headers: { Authorization: `Bearer ${SECRETS.ADMIN_TOKEN}` },
      }),
      call(`/v1/hooks/caraer?secret=${SECRETS.WEBHOOK_SECRET}`, json({ event: {} })),
      call(`/v1/hooks/caraer?secret=${SECRETS.WEBHOOK_SECRET}0`, json({})),
      call("/v1/hooks/caraer", {
        ...json({
          event: { type: "Updated" },
          record: { record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy" } },
        }),
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${SECRETS.WEBHOOK_SECRET}`,
        },
      }),
    ]);
    expect(statuses[0]).toBe(200);
    expect(statuses[1]).toBe(401);
    expect(statuses[5]).toBe(401);
  });

  it("keeps the token out of answers and logs when Caraer fails and echoes it back", async () => {
    const echo = {
      message: `Invalid token ${SECRETS.CARAER_API_TOKEN}`,
      token: SECRETS.CARAER_API_TOKEN,
    };
    for (const status of [401, 422, 500]) {
      await resetEmulator();
      for (const path of [
        "/api/v2/records/index",
        "/api/v2/forms/public/*",
        "/api/v2/webpages/public/*",
        "/api/v2/objects/*",
      ]) {
        await injectFault({ path, status, body: echo });
      }
      const statuses = await all([
        call("/v1/lists/vacancies?page=2"),
        call(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}`),
        call(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}/previews/card`),
        call(`/v1/pages/${CAREERS_ROOT_SLUG}/${CAREERS_HOME_SLUG}`),
        call(`/v1/forms/${APPLICATION_FORM_UUID}`),
        call(`/v1/forms/${APPLICATION_FORM_UUID}/options/${EMPLOYMENT_TYPE_PROPERTY_UUID}`),
        call(`/v1/forms/${APPLICATION_FORM_UUID}/submissions`, json({ values: {} })),
      ]);
      // The list reads had to ask Caraer, and failed; others may be served from a cache layer.
      expect(statuses.slice(0, 3).every((code) => code === 502 || code === 503)).toBe(true);
    }
  });

  it("keeps the secrets out of a broken configuration's answer and log", async () => {
    const statuses = await all([
      call("/healthz", {}, { CARAER_COMPANY_UUID: "broken", WEBHOOK_SECRET: "whsec-too-short" }),
      call("/v1/lists/vacancies", {}, { ADMIN_TOKEN: "admin-bad-len", UPSTREAM_TIMEOUT_MS: "x" }),
    ]);
    expect(statuses).toEqual([500, 500]);
  });

  it("keeps the secrets out when Caraer is unreachable, Turnstile fails, or the limiter fails", async () => {
    const broken = {
      idFromName: () => env.RATE_LIMITER.idFromName("x"),
      get: () => ({ take: () => Promise.reject(new Error(`limiter ${SECRETS.ADMIN_TOKEN}`)) }),
    };
    await resetAll();
    // The unreachable Caraer first, on its own: the form writes look the (uncached) form up
    // before counting, and a concurrent look-up would join that failing one.
    const unreachable = await all([
      call(`/v1/forms/${APPLICATION_FORM_UUID}`, {}, { CARAER_API_BASE: "http://127.0.0.1:9" }),
    ]);
    const statuses = await all([
      call(`/v1/forms/${APPLICATION_FORM_UUID}/submissions`, {
        ...json({ values: {}, "cf-turnstile-response": "XXXX.DUMMY.TOKEN.XXXX" }),
        headers: { "Content-Type": "application/json", Origin: "http://localhost:3000" },
      }),
      call(
        `/v1/forms/${APPLICATION_FORM_UUID}/uploads`,
        {
          method: "POST",
          headers: { "Content-Type": "multipart/form-data; boundary=b" },
          body: "--b--\r\n",
        },
        { RATE_LIMITER: broken },
      ),
    ]);
    expect(unreachable).toEqual([503]);
    expect(statuses[0]).toBeGreaterThanOrEqual(400);
    expect(statuses[0]).toBeLessThan(500);
    expect(statuses[1]).toBe(503);
  });

  it("found no secret value in any response or log line of this file", () => {
    const captured = since();
    // The capture saw the answers and the warnings of the failures above.
    expect(captured.filter((item) => item.where.startsWith("console.")).length).toBeGreaterThan(5);
    expect(captured.filter((item) => item.where.includes(" → ")).length).toBeGreaterThan(25);
    const leaks = findLeaks(captured, [...VALUES, ...state.secrets.keys()]).map(
      (leak) => `${leak.form} in ${leak.where}`,
    );
    expect(leaks).toEqual([]);
  });
});
