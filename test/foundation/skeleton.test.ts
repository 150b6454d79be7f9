import { describe, expect, it } from "vitest";
import { edge } from "../helpers";

describe("HTTP skeleton", () => {
  it("answers /healthz with status ok, a request id and secure headers", async () => {
    const response = await edge("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", warnings: [] });
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Strict-Transport-Security")).toBe(
      "max-age=15552000; includeSubDomains",
    );
    expect(response.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    // Browser-legacy headers that mean nothing for an API are left out.
    expect(response.headers.get("X-XSS-Protection")).toBeNull();
    expect(response.headers.get("X-Download-Options")).toBeNull();
  });

  it("answers unknown routes with 404 in the error envelope", async () => {
    const response = await edge("/v1/nothing-here");
    expect(response.status).toBe(404);
    const requestId = response.headers.get("X-Request-Id");
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No such route.", requestId },
    });
  });

  it("answers a wrong method with 405, Allow and the envelope", async () => {
    const response = await edge("/healthz", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("METHOD_NOT_ALLOWED");
    expect(body.error.requestId).toBe(response.headers.get("X-Request-Id"));
  });

  it("keeps a well-formed caller request id so logs can be correlated", async () => {
    const response = await edge("/healthz", { headers: { "X-Request-Id": "trace-abc-123" } });
    expect(response.headers.get("X-Request-Id")).toBe("trace-abc-123");
  });

  it("serves an OpenAPI 3.1 document listing the public routes", async () => {
    const response = await edge("/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/healthz");
    expect(doc.components.schemas).toHaveProperty("Error");
  });
});
