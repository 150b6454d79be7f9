import { beforeEach, describe, expect, it } from "vitest";
import { edge, edgeWith, emulatorRequests, resetEmulator } from "../helpers";
import { freshIp, SERVED_FORM, unknownForm } from "../ratelimit/support";

/** An origin listed in wrangler.toml's ALLOWED_ORIGINS. */
const ALLOWED = "http://localhost:3000";
const EVIL = "https://careers.evil.example";

interface ErrorBody {
  error: { code: string; message: string; requestId: string; issues?: unknown[] };
}

async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toBe(response.headers.get("X-Request-Id"));
  return body;
}

function post(path: string, init: { headers?: Record<string, string>; body?: BodyInit }) {
  return edge(path, {
    method: "POST",
    ...init,
    headers: { "CF-Connecting-IP": freshIp(), ...init.headers },
  });
}

beforeEach(resetEmulator);

describe("CORS", () => {
  it("answers a preflight from an allowed origin with 204 and the exact grants, no credentials", async () => {
    const response = await edge(`/v1/forms/${SERVED_FORM}/submissions`, {
      method: "OPTIONS",
      headers: {
        Origin: ALLOWED,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, idempotency-key",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED);
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET,HEAD,POST");
    expect(response.headers.get("Access-Control-Allow-Headers")).toBe(
      "Content-Type,Idempotency-Key,If-None-Match,X-Request-Id",
    );
    expect(response.headers.get("Access-Control-Max-Age")).toBe("600");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(response.headers.get("Vary")).toContain("Origin");
    expect(await response.text()).toBe("");
  });

  it("grants nothing to a preflight from another origin", async () => {
    const response = await edge("/v1/lists/vacancies", {
      method: "OPTIONS",
      headers: { Origin: EVIL, "Access-Control-Request-Method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("lets an allowed page read a public answer, its cache and rate-limit headers", async () => {
    const response = await edge("/v1/lists/vacancies", {
      headers: { Origin: ALLOWED, "CF-Connecting-IP": freshIp() },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED);
    expect(response.headers.get("Access-Control-Expose-Headers")).toBe(
      "ETag,X-Cache,X-Request-Id,Retry-After,RateLimit,RateLimit-Policy,Location,Idempotent-Replayed",
    );
    expect(response.headers.get("Vary")).toContain("Origin");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("lets an allowed page read a refusal too: 429 and 413 carry the CORS grant", async () => {
    const settings = { RATE_LIMITS: { submission: { limit: 1, period: 60 } } };
    const form = SERVED_FORM;
    const ip = freshIp();
    const send = (body: string) =>
      edgeWith(settings, `/v1/forms/${form}/submissions`, {
        method: "POST",
        headers: { Origin: ALLOWED, "CF-Connecting-IP": ip, "Content-Type": "application/json" },
        body,
      });
    await send("{}");
    const limited = await send("{}");
    await expectError(limited, 429, "RATE_LIMITED");
    const tooLarge = await edge(`/v1/forms/${SERVED_FORM}/submissions`, {
      method: "POST",
      headers: {
        Origin: ALLOWED,
        "CF-Connecting-IP": freshIp(),
        "Content-Type": "application/json",
      },
      body: `"${"x".repeat(300 * 1024)}"`,
    });
    await expectError(tooLarge, 413, "PAYLOAD_TOO_LARGE");
    for (const response of [limited, tooLarge]) {
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED);
      expect(response.headers.get("Access-Control-Expose-Headers")).toContain("Retry-After");
      expect(response.headers.get("Vary")).toContain("Origin");
    }
    expect(limited.headers.get("Retry-After")).toBe("60");
  });

  it("allows any subdomain of a *.domain pattern, and not the domain or other origins", async () => {
    const settings = { ALLOWED_ORIGINS: "https://*.example.com" };
    const headers = (origin: string) => ({ Origin: origin, "CF-Connecting-IP": freshIp() });
    const sub = await edgeWith(settings, "/v1/lists/vacancies", {
      headers: headers("https://jobs.example.com"),
    });
    expect(sub.headers.get("Access-Control-Allow-Origin")).toBe("https://jobs.example.com");
    const apex = await edgeWith(settings, "/v1/lists/vacancies", {
      headers: headers("https://example.com"),
    });
    expect(apex.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const other = await edgeWith(settings, "/v1/lists/vacancies", { headers: headers(ALLOWED) });
    expect(other.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("gives server-to-server routes no CORS at all", async () => {
    const response = await post("/v1/hooks/caraer", {
      headers: { Origin: ALLOWED, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});

describe("Origin enforcement on writes", () => {
  for (const route of ["submissions", "uploads"]) {
    it(`refuses a ${route} post from a site not allowed with 403, reaching nothing`, async () => {
      const response = await post(`/v1/forms/${SERVED_FORM}/${route}`, {
        headers: { Origin: EVIL, "Content-Type": "multipart/form-data; boundary=x" },
        body: "--x--\r\n",
      });
      const body = await expectError(response, 403, "ORIGIN_NOT_ALLOWED");
      expect(body.error.message).toBe("This site may not send requests to this route.");
      expect(response.headers.get("RateLimit")).toBeNull();
      expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(await emulatorRequests()).toEqual([]);
    });
  }

  it("refuses Origin: null (sandboxed frames, file: pages)", async () => {
    const response = await post(`/v1/forms/${SERVED_FORM}/submissions`, {
      headers: { Origin: "null", "Content-Type": "application/json" },
      body: "{}",
    });
    await expectError(response, 403, "ORIGIN_NOT_ALLOWED");
  });

  it("refuses a browser's cross-site post that carries no Origin", async () => {
    const response = await post(`/v1/forms/${SERVED_FORM}/uploads`, {
      headers: {
        "Sec-Fetch-Site": "cross-site",
        "Content-Type": "multipart/form-data; boundary=x",
      },
      body: "--x--\r\n",
    });
    await expectError(response, 403, "ORIGIN_NOT_ALLOWED");
  });

  it("lets an allowed origin and an origin-less (server) post through to the route", async () => {
    const variants: Record<string, string>[] = [{ Origin: ALLOWED }, {}];
    for (const headers of variants) {
      const response = await post(`/v1/forms/${SERVED_FORM}/submissions`, {
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ values: {} }),
      });
      // Past the origin check and the limiter: validation refuses the empty values.
      expect(response.status).toBe(422);
      expect(response.headers.get("RateLimit-Policy")).toBe('"submission";q=100000;w=60');
    }
  });
});

describe("Content-Type (415) and body size (413)", () => {
  it("refuses a media type a route does not take, before the body is read", async () => {
    const form = SERVED_FORM;
    const cases: [string, string | undefined][] = [
      [`/v1/forms/${form}/submissions`, "text/plain"],
      [`/v1/forms/${form}/submissions`, undefined],
      [`/v1/forms/${form}/submissions`, "application/xml"],
      [`/v1/forms/${form}/uploads`, "application/json"],
      ["/v1/hooks/caraer", "application/x-www-form-urlencoded"],
      ["/v1/hooks/caraer", "text/html; charset=utf-8"],
    ];
    for (const [path, type] of cases) {
      const response = await post(path, {
        headers: type ? { "Content-Type": type } : {},
        body: "a=1",
      });
      await expectError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    expect(await emulatorRequests()).toEqual([]);
  });

  it("names what the route accepts", async () => {
    const response = await post(`/v1/forms/${SERVED_FORM}/uploads`, {
      headers: { "Content-Type": "text/plain" },
      body: "x",
    });
    const body = await expectError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(body.error.message).toBe("This route accepts multipart/form-data bodies.");
  });

  it("refuses a JSON body over 256 KiB with 413, by its Content-Length", async () => {
    const response = await post(`/v1/forms/${SERVED_FORM}/submissions`, {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ values: { cover_letter: "x".repeat(300 * 1024) } }),
    });
    const body = await expectError(response, 413, "PAYLOAD_TOO_LARGE");
    expect(body.error.message).toBe("The body is larger than 262144 bytes.");
    expect(await emulatorRequests()).toEqual([]);
  });

  it("holds multipart bodies to the form's own upload settings", async () => {
    const form = SERVED_FORM;
    const settings = { FORMS: { [form]: { uploads: { maxFileBytes: 1000, maxFiles: 2 } } } };
    const limit = 2 * 1000 + 256 * 1024;
    const multipart = (size: number) =>
      edgeWith(settings, `/v1/forms/${form}/uploads`, {
        method: "POST",
        headers: {
          "CF-Connecting-IP": freshIp(),
          "Content-Type": "multipart/form-data; boundary=x",
        },
        body: "x".repeat(size),
      });
    const over = await multipart(limit + 1);
    const body = await expectError(over, 413, "PAYLOAD_TOO_LARGE");
    expect(body.error.message).toBe(`The body is larger than ${limit} bytes.`);
    expect((await multipart(limit)).status).not.toBe(413);
    // A form that is not served is refused before its body is read or anything counted.
    const unserved = await edge(`/v1/forms/${unknownForm()}/uploads`, {
      method: "POST",
      headers: { "CF-Connecting-IP": freshIp(), "Content-Type": "multipart/form-data; boundary=x" },
      body: "x".repeat(300 * 1024),
    });
    await expectError(unserved, 404, "NOT_FOUND");
    expect(unserved.headers.get("RateLimit")).toBeNull();
  });

  it("refuses a streamed body without Content-Length once it passes the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 8) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await post("/v1/hooks/caraer", {
      headers: { "Content-Type": "application/json" },
      body: stream,
    });
    await expectError(response, 413, "PAYLOAD_TOO_LARGE");
  });

  it("holds unknown routes under /v1 to small JSON bodies too", async () => {
    const typed = await post("/v1/not-a-route", {
      headers: { "Content-Type": "text/csv" },
      body: "a,b",
    });
    await expectError(typed, 415, "UNSUPPORTED_MEDIA_TYPE");
    const big = await post("/v1/not-a-route", {
      headers: { "Content-Type": "application/json" },
      body: `"${"x".repeat(300 * 1024)}"`,
    });
    await expectError(big, 413, "PAYLOAD_TOO_LARGE");
    const empty = await post("/v1/not-a-route", {});
    await expectError(empty, 404, "NOT_FOUND");
  });
});

describe("path parameters", () => {
  const bad = [
    "/v1/lists/Vacancies!",
    "/v1/lists/vacancies/not-a-uuid",
    "/v1/lists/vacancies/30000000-0000-4000-8000-00000000000g",
    "/v1/lists/vacancies/30000000-0000-4000-8000-000000000001/previews/..%2F..%2Fsecrets",
    "/v1/pages/careers/..%2F..%2Fadmin",
    "/v1/pages/careers%2F..%2Fadmin/home",
    "/v1/pages/careers/home%00",
    "/v1/forms/not-a-uuid",
    "/v1/forms/..%2Fforms",
    `/v1/forms/${"a".repeat(36)}/options/0b7e6a52-3c1d-4a8f-9e2b-5d6c7f8a9b01`,
    "/v1/forms/0b7e6a52-3c1d-4a8f-9e2b-5d6c7f8a9b01/options/%3Cscript%3E",
  ];
  for (const path of bad) {
    it(`answers 400 INVALID_REQUEST for ${path}, looking nothing up`, async () => {
      const response = await edge(path, { headers: { "CF-Connecting-IP": freshIp() } });
      const body = await expectError(response, 400, "INVALID_REQUEST");
      expect(body.error.message).toBe("The request param is invalid.");
      expect(body.error.issues?.length).toBeGreaterThan(0);
      expect(await emulatorRequests()).toEqual([]);
    });
  }

  it("answers 404 for a list name that only exists on Object.prototype, asking Caraer nothing", async () => {
    for (const path of ["/v1/lists/constructor", `/v1/lists/constructor/${unknownForm()}`]) {
      const response = await edge(path, { headers: { "CF-Connecting-IP": freshIp() } });
      const body = await expectError(response, 404, "NOT_FOUND");
      expect(body.error.message).toBe("No such list.");
    }
    expect(await emulatorRequests()).toEqual([]);
  });

  it("checks a submission's form before the Origin-less body is read or counted", async () => {
    const response = await post("/v1/forms/nope/submissions", {
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    const body = await expectError(response, 400, "INVALID_REQUEST");
    expect(body.error.issues).toEqual([
      { field: "formUuid", code: "invalid_format", message: "Invalid GUID" },
    ]);
    expect(response.headers.get("RateLimit")).toBeNull();
  });
});
