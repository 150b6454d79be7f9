import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APPLICATION_FORM_UUID,
  DEMO_API_TOKEN,
  DEMO_COMPANY_UUID,
  DEMO_SUBDOMAIN,
} from "../../emulator/src/demo";
import { createCaraerClient } from "../../src/upstream/client";
import { UpstreamError } from "../../src/upstream/errors";
import { edgeWith, emulatorRequests, emulatorUrl, injectFault, resetAll } from "../helpers";

function client(overrides: Partial<Parameters<typeof createCaraerClient>[0]> = {}) {
  return createCaraerClient({
    baseUrl: emulatorUrl,
    token: DEMO_API_TOKEN,
    companyUuid: DEMO_COMPANY_UUID,
    subdomain: DEMO_SUBDOMAIN,
    timeoutMs: 2_000,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  const upstream = error as UpstreamError;
  // Whatever failed, nothing about the error may carry the token.
  for (const text of [
    upstream.message,
    String(upstream),
    JSON.stringify(upstream),
    upstream.stack ?? "",
  ]) {
    expect(text).not.toContain(DEMO_API_TOKEN);
  }
  return upstream;
}

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

describe("Caraer client", () => {
  it("sends the bearer token and company header on private calls, and parses the properties index", async () => {
    const properties = await client().listProperties("vacancy");
    const names = properties.map((property) => property.name);
    expect(names).toContain("title");
    expect(properties.find((property) => property.name === "title")).toMatchObject({
      type: "string",
      format: "single-line",
      webpagePublic: true,
      nonPublic: false,
    });
    // The index lists every definition; the flags are what keep values private.
    expect(properties.find((property) => property.name === "internal_notes")).toMatchObject({
      nonPublic: true,
    });
    const [sent] = await emulatorRequests({ path: "/api/v2/objects/vacancy/properties/index" });
    expect(sent?.auth).toBe("valid");
    expect(sent?.headers["x-caraer-company-uuid"]).toBe(DEMO_COMPANY_UUID);
    expect(sent?.body).toEqual({ page: 1, limit: 100 });
  });

  it("calls public form routes without the token, with the company in the path and header", async () => {
    const form = await client().getPublicForm(APPLICATION_FORM_UUID);
    expect(form.uuid).toBe(APPLICATION_FORM_UUID);
    const [sent] = await emulatorRequests({
      path: `/api/v2/forms/public/${DEMO_COMPANY_UUID}/${APPLICATION_FORM_UUID}`,
    });
    expect(sent?.auth).toBe("missing");
    expect(sent?.headers["x-caraer-company-uuid"]).toBe(DEMO_COMPANY_UUID);
  });

  it("classifies a wrong token (401) and an unknown record (404) as permanent", async () => {
    const unauthorized = await failure(
      client({ token: "wrong-token-0123456789" }).listProperties("vacancy"),
    );
    expect([unauthorized.failure, unauthorized.status, unauthorized.transient]).toEqual([
      "client_error",
      401,
      false,
    ]);
    const missing = await failure(
      client().getPreview("30000000-0000-4000-8000-000000009999", "card"),
    );
    expect([missing.failure, missing.status, missing.notFound, missing.transient]).toEqual([
      "client_error",
      404,
      true,
      false,
    ]);
    expect(missing.items.map((item) => item.type)).toEqual(["NOT_FOUND"]);
    expect(missing.message).toBe("Caraer records.preview failed: client_error (HTTP 404)");
  });

  it("classifies 5xx and 429 as transient and reads Retry-After", async () => {
    await injectFault({ path: "/api/v2/records/index", status: 503, retryAfter: 12, times: 1 });
    const unavailable = await failure(
      client().indexRecords({ mainObject: "vacancy", page: 1, limit: 1 }),
    );
    expect([
      unavailable.failure,
      unavailable.status,
      unavailable.retryAfterSeconds,
      unavailable.transient,
    ]).toEqual(["server_error", 503, 12, true]);
    await injectFault({ path: "/api/v2/records/index", status: 429, times: 1 });
    const limited = await failure(
      client().indexRecords({ mainObject: "vacancy", page: 1, limit: 1 }),
    );
    expect([limited.failure, limited.transient]).toEqual(["rate_limited", true]);
  });

  it("times out a hanging call, and reports an unreachable host as a network failure", async () => {
    await injectFault({ path: "/api/v2/records/index", hang: true });
    const started = Date.now();
    const hung = await failure(
      client({ timeoutMs: 200 }).indexRecords({ mainObject: "vacancy", page: 1, limit: 1 }),
    );
    expect([hung.failure, hung.transient]).toEqual(["timeout", true]);
    expect(Date.now() - started).toBeLessThan(2_000);
    const unreachable = await failure(
      client({ baseUrl: "http://127.0.0.1:9" }).listProperties("vacancy"),
    );
    expect([unreachable.failure, unreachable.transient]).toEqual(["network", true]);
  });

  it("rejects a success answer that breaks the fields the Worker relies on", async () => {
    await injectFault({ path: "/api/v2/records/index", status: 200, body: { data: "not a list" } });
    const invalid = await failure(
      client().indexRecords({ mainObject: "vacancy", page: 1, limit: 1 }),
    );
    expect([invalid.failure, invalid.transient]).toEqual(["invalid_response", false]);
  });

  it("keeps the token out of responses and log lines when Caraer refuses it", async () => {
    const lines: string[] = [];
    for (const method of ["log", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void lines.push(args.map(String).join(" ")),
      );
    }
    const wrongToken = "wrong-token-that-must-not-leak-42";
    const response = await edgeWith({ CARAER_API_TOKEN: wrongToken }, "/v1/lists/vacancies");
    expect(response.status).toBe(502);
    const text = await response.text();
    const headers = JSON.stringify([...response.headers]);
    for (const secret of [wrongToken, DEMO_API_TOKEN]) {
      expect(text).not.toContain(secret);
      expect(headers).not.toContain(secret);
      expect(lines.join("\n")).not.toContain(secret);
    }
    expect(lines.some((line) => line.includes("upstream.failed"))).toBe(true);
  });
});
