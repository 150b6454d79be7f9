import { afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { edge, resetAll } from "../helpers";
import {
  applicationValues,
  candidatesWithEmail,
  dataOf,
  FORM,
  pdf,
  SITE,
  statusOf,
  submitCalls,
  submitJson,
  upload,
} from "./support/forms";
import {
  TURNSTILE_DUMMY_TOKEN,
  TURNSTILE_TEST_SECRETS,
  TURNSTILE_UNAVAILABLE_SECRET,
} from "./support/turnstile-keys";

const turnstileUrl = inject("turnstileUrl");
let cvKey = "";

beforeEach(async () => {
  await resetAll();
  const [cv] = await upload([pdf()]);
  cvKey = cv?.key ?? "";
  await fetch(`${turnstileUrl}/calls`, { method: "DELETE" });
});

afterEach(() => vi.restoreAllMocks());

async function errorOf(response: Response) {
  return (
    (await response.json()) as { error: { code: string; message: string; issues?: unknown[] } }
  ).error;
}

describe("honeypot", () => {
  it("answers a filled honeypot like a normal submission, never delivers it, and logs it", async () => {
    const warn = vi.spyOn(console, "warn");
    const values: Record<string, unknown> = {
      ...applicationValues(cvKey),
      _website: "http://cheap-pills.example",
    };
    const response = await submitJson({ values });
    expect(response.status).toBe(202);
    const data = await dataOf(response);
    expect(data).toEqual({
      submissionId: expect.stringMatching(/^[0-9a-f]{64}$/),
      status: "queued",
    });
    expect(await submitCalls()).toHaveLength(0);
    expect(await candidatesWithEmail(values.email as string)).toEqual([]);
    const lines = warn.mock.calls.map(
      ([line]) => JSON.parse(String(line)) as Record<string, unknown>,
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ event: "forms.spam_blocked", layer: "honeypot", form: FORM }),
    );
    // Its status link answers like a real queued submission's.
    expect(await statusOf(data.submissionId)).toBe("queued");
  });

  it("answers a repeat of a caught submission like a real repeat: same ID, replayed", async () => {
    const values = { ...applicationValues(cvKey), _website: "x" };
    const first = await submitJson({ values });
    const again = await submitJson({ values });
    expect(again.status).toBe(202);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await dataOf(again)).toEqual(await dataOf(first));
    expect(await submitCalls()).toHaveLength(0);
  });

  it("validates a caught submission like a real one: invalid values answer 422 the same way", async () => {
    const values = { ...applicationValues(cvKey), email: "not-an-address" };
    const real = await submitJson({ values });
    const caught = await submitJson({ values: { ...values, _website: "x" } });
    expect(caught.status).toBe(422);
    const { requestId: _a, ...realError } = (
      (await real.json()) as { error: { requestId: string } }
    ).error;
    const { requestId: _b, ...caughtError } = (
      (await caught.json()) as { error: { requestId: string } }
    ).error;
    expect(caughtError).toEqual(realError);
    expect(await submitCalls()).toHaveLength(0);
  });

  it("sends a plain HTML form that filled it to the thank-you page", async () => {
    const body = new URLSearchParams({
      ...(applicationValues(cvKey) as Record<string, string>),
      gdpr_consent: "on",
      _website: "x",
    });
    const response = await edge(`/v1/forms/${FORM}/submissions`, {
      method: "POST",
      body,
      headers: { "Sec-Fetch-Mode": "navigate", Origin: SITE },
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/v1/forms/${FORM}/thank-you`);
    expect(await submitCalls()).toHaveLength(0);
  });
});

describe("origin check", () => {
  it.each([
    ["a site not in ALLOWED_ORIGINS", { Origin: "https://evil.example" }],
    ["an opaque origin", { Origin: "null" }],
    ["a cross-site browser request without Origin", { "Sec-Fetch-Site": "cross-site" }],
  ])("refuses %s with 403 before anything reaches Caraer", async (_name, headers) => {
    const response = await submitJson({ values: applicationValues(cvKey) }, { headers });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("ORIGIN_NOT_ALLOWED");
    expect(await submitCalls()).toHaveLength(0);
  });

  it.each([
    ["an allowed origin", { Origin: SITE }, {}],
    ["a server without Origin", {}, {}],
    [
      "a subdomain of a wildcard origin",
      { Origin: "https://jobs.example.com" },
      { ALLOWED_ORIGINS: "https://*.example.com" },
    ],
  ])("accepts %s", async (_name, headers, settings) => {
    const response = await submitJson(
      { values: applicationValues(cvKey) },
      { headers, ...(Object.keys(settings).length > 0 ? { settings } : {}) },
    );
    expect(response.status).toBe(201);
  });
});

describe("Turnstile", () => {
  const withSecret = (secret: string, spam: Record<string, unknown> = {}) => ({
    TURNSTILE_SECRET: secret,
    FORMS: { [FORM]: { relation: { name: "applied_for", list: "vacancies" }, spam } },
  });
  const calls = async () =>
    ((await (await fetch(`${turnstileUrl}/calls`)).json()) as { data: Record<string, string>[] })
      .data;
  const withToken = (token = TURNSTILE_DUMMY_TOKEN) => ({
    ...applicationValues(cvKey),
    "cf-turnstile-response": token,
  });

  it("verifies the token on the server with the client IP and an idempotency key", async () => {
    const response = await submitJson(
      { values: withToken() },
      {
        settings: withSecret(TURNSTILE_TEST_SECRETS.pass),
        headers: { "CF-Connecting-IP": "203.0.113.7" },
      },
    );
    expect(response.status).toBe(201);
    expect(await calls()).toEqual([
      {
        secret: TURNSTILE_TEST_SECRETS.pass,
        response: TURNSTILE_DUMMY_TOKEN,
        remoteip: "203.0.113.7",
        idempotency_key: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
      },
    ]);
    // The token is a reserved field: it never reaches Caraer.
    expect(JSON.stringify((await submitCalls())[0]?.body)).not.toContain(TURNSTILE_DUMMY_TOKEN);
  });

  it("refuses a failing token with 403 CHALLENGE_FAILED", async () => {
    const response = await submitJson(
      { values: withToken() },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.fail) },
    );
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({
      code: "CHALLENGE_FAILED",
      message: "The spam check failed; complete it again.",
    });
    expect(await submitCalls()).toHaveLength(0);
  });

  it("refuses a spent token with a message saying so", async () => {
    const response = await submitJson(
      { values: withToken() },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.spent) },
    );
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({
      code: "CHALLENGE_FAILED",
      message: "The spam check expired or was already used; complete it again.",
    });
  });

  it("refuses a submission without a token, without asking Turnstile", async () => {
    const response = await submitJson(
      { values: applicationValues(cvKey) },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.pass) },
    );
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("CHALLENGE_FAILED");
    expect(await calls()).toEqual([]);
  });

  it("fails closed when Turnstile cannot be asked", async () => {
    const response = await submitJson(
      { values: withToken() },
      { settings: withSecret(TURNSTILE_UNAVAILABLE_SECRET) },
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await submitCalls()).toHaveLength(0);
  });

  it("answers a replay of an accepted submission without spending its token again", async () => {
    const values = withToken();
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    const first = await submitJson(
      { values },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.pass), headers },
    );
    expect(first.status).toBe(201);
    // Turnstile would now call the token spent; the replay is answered from the ledger.
    const again = await submitJson(
      { values },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.spent), headers },
    );
    expect(again.status).toBe(201);
    expect(await dataOf(again)).toEqual(await dataOf(first));
    expect(await calls()).toHaveLength(1);
  });

  it("is skipped for a form that opts out", async () => {
    const response = await submitJson(
      { values: applicationValues(cvKey) },
      { settings: withSecret(TURNSTILE_TEST_SECRETS.fail, { turnstile: false }) },
    );
    expect(response.status).toBe(201);
    expect(await calls()).toEqual([]);
  });
});

describe("minimum time", () => {
  const settings = (spam: Record<string, unknown>) => ({
    FORMS: { [FORM]: { relation: { name: "applied_for", list: "vacancies" }, spam } },
  });

  it("refuses a form submitted sooner than minSubmitSeconds after loading", async () => {
    const response = await submitJson({
      values: { ...applicationValues(cvKey), _loadedAt: Date.now() - 500 },
    });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues).toEqual([
      {
        field: "_loadedAt",
        code: "too_fast",
        message: "That was very quick. Please check the form and submit it again.",
      },
    ]);
    expect(await submitCalls()).toHaveLength(0);
  });

  it("accepts one submitted after it, and never sends the timestamp to Caraer", async () => {
    const loadedAt = Date.now() - 10_000;
    const response = await submitJson({
      values: { ...applicationValues(cvKey), _loadedAt: loadedAt },
    });
    expect(response.status).toBe(201);
    expect(JSON.stringify((await submitCalls())[0]?.body)).not.toContain(String(loadedAt));
  });

  it("requires the timestamp where the form says so, and can be switched off", async () => {
    const required = await submitJson(
      { values: applicationValues(cvKey) },
      { settings: settings({ requireLoadedAt: true }) },
    );
    expect(required.status).toBe(422);
    const off = await submitJson(
      { values: { ...applicationValues(cvKey), _loadedAt: Date.now() } },
      { settings: settings({ minSubmitSeconds: 0 }) },
    );
    expect(off.status).toBe(201);
  });
});
