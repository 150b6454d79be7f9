import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

// Runs in Node: schema validators compile code at run time, which workerd forbids.
describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const response = await createApp().request("/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents every public route", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as {
      paths: Record<string, object>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /healthz",
        "GET /v1/lists/{list}",
        "GET /v1/lists/{list}/{uuid}",
        "GET /v1/lists/{list}/{uuid}/previews/{name}",
        "GET /v1/pages/{rootSlug}/{slug}",
        "POST /v1/hooks/caraer",
      ]),
    );
  });
});
