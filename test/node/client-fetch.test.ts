import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEdgeClient, retryAfterSeconds } from "../../client/src/index";

/** One request as the server received it. */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One scripted answer: status, headers and a JSON body. */
interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const FORM = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";
const envelope = (code: string, message: string) => ({
  error: { code, message, requestId: "req-1" },
});
const delivered = {
  data: { submissionId: "sub-1", status: "delivered", recordUuid: "rec-1" },
};

// A real HTTP server on loopback answers from a script, so the client's own
// fetch, retries and headers run exactly as in a browser or on a server.
let server: Server;
let origin: string;
let received: Received[] = [];
let script: Scripted[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      const next = script.shift() ?? {
        status: 500,
        body: envelope("INTERNAL_ERROR", "unscripted"),
      };
      response.writeHead(next.status, { "Content-Type": "application/json", ...next.headers });
      response.end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  script = [];
});

const submit = (client = createEdgeClient({ baseUrl: origin })) =>
  client.POST("/v1/forms/{formUuid}/submissions", {
    params: { path: { formUuid: FORM } },
    body: { values: { email: "jane@example.com" } },
  });

describe("the typed client", () => {
  it("sends a submission with an Idempotency-Key, and the same key again after a 429's Retry-After", async () => {
    script = [
      {
        status: 429,
        headers: { "Retry-After": "1" },
        body: envelope("RATE_LIMITED", "Too many."),
      },
      { status: 201, body: delivered },
    ];
    const started = performance.now();
    const { data, error } = await submit();
    const elapsed = performance.now() - started;

    expect(error).toBeUndefined();
    expect(data).toEqual(delivered);
    expect(received).toHaveLength(2);
    const [first, second] = received;
    expect(first?.headers["idempotency-key"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(second?.headers["idempotency-key"]).toBe(first?.headers["idempotency-key"]);
    expect(second?.body.toString()).toBe('{"values":{"email":"jane@example.com"}}');
    expect(second?.headers["content-type"]).toBe("application/json");
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
  });

  it("gives each submission call its own key, and keeps one the caller sends", async () => {
    script = [1, 2, 3].map(() => ({ status: 201, body: delivered }));
    await submit();
    await submit();
    const client = createEdgeClient({ baseUrl: origin });
    await client.POST("/v1/forms/{formUuid}/submissions", {
      params: { path: { formUuid: FORM }, header: { "Idempotency-Key": "rendered-form-7" } },
      body: { values: {} },
    });
    const keys = received.map((request) => request.headers["idempotency-key"]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("rendered-form-7");
  });

  it("retries a 503 at most `retries` times, then answers the typed error envelope", async () => {
    const unavailable = envelope("UPSTREAM_UNAVAILABLE", "Caraer is unreachable.");
    script = [1, 2, 3, 4].map(() => ({
      status: 503,
      headers: { "Retry-After": "0" },
      body: unavailable,
    }));
    const client = createEdgeClient({ baseUrl: origin, retry: { retries: 2 } });
    const { data, error, response } = await client.GET("/v1/lists/{list}", {
      params: { path: { list: "vacancies" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(503);
    expect(error?.error.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(received.map((request) => request.url)).toEqual([
      "/v1/lists/vacancies",
      "/v1/lists/vacancies",
      "/v1/lists/vacancies",
    ]);
    // Reads carry no key: only submissions create something.
    expect(received[0]?.headers["idempotency-key"]).toBeUndefined();
  });

  it("answers at once when Retry-After is longer than maxDelaySeconds, or retries are off", async () => {
    script = [
      { status: 429, headers: { "Retry-After": "60" }, body: envelope("RATE_LIMITED", "Later.") },
      { status: 429, headers: { "Retry-After": "0" }, body: envelope("RATE_LIMITED", "Later.") },
    ];
    const patient = await submit(
      createEdgeClient({ baseUrl: origin, retry: { maxDelaySeconds: 5 } }),
    );
    expect(patient.error?.error.code).toBe("RATE_LIMITED");
    const once = await submit(createEdgeClient({ baseUrl: origin, retry: false }));
    expect(once.response.status).toBe(429);
    expect(received).toHaveLength(2);
  });

  it("sends list filters as the edge reads them, and files as multipart parts", async () => {
    script = [
      { status: 200, body: { data: [], meta: { page: 1, limit: 10, total: 0, lastPage: 1 } } },
      { status: 201, body: { data: { files: [] } } },
    ];
    const client = createEdgeClient({ baseUrl: origin });
    await client.GET("/v1/lists/{list}", {
      params: {
        path: { list: "vacancies" },
        query: {
          q: "java",
          sort: "-publish_date",
          filter: { location: ["Amsterdam", "Utrecht"], hours: { range: "30;36" } },
        },
      },
    });
    expect(new URL(received[0]?.url ?? "", origin).searchParams.toString()).toBe(
      "q=java&sort=-publish_date&filter%5Blocation%5D=Amsterdam&filter%5Blocation%5D=Utrecht&filter%5Bhours%5D%5Brange%5D=30%3B36",
    );

    const cv = new File(["%PDF-1.7\n%%EOF\n"], "cv.pdf", { type: "application/pdf" });
    await client.POST("/v1/forms/{formUuid}/uploads", {
      params: { path: { formUuid: FORM } },
      body: { files: [cv] },
    });
    const upload = received[1];
    const parts = await new Response(upload?.body, {
      headers: { "Content-Type": String(upload?.headers["content-type"]) },
    }).formData();
    const file = parts.get("files") as File;
    expect(file.name).toBe("cv.pdf");
    expect(await file.text()).toBe("%PDF-1.7\n%%EOF\n");
  });
});

describe("retryAfterSeconds", () => {
  it("reads delay-seconds and HTTP dates, and nothing else", () => {
    const now = Date.parse("2026-11-28T08:00:00Z");
    expect(retryAfterSeconds("30", now)).toBe(30);
    expect(retryAfterSeconds("Sat, 28 Nov 2026 08:00:05 GMT", now)).toBe(5);
    expect(retryAfterSeconds("Sat, 28 Nov 2026 07:00:00 GMT", now)).toBe(0);
    expect(retryAfterSeconds("soon", now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
