import { isDeepStrictEqual } from "node:util";
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

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { examples?: object }> };
  responses: Record<
    string,
    { content?: Record<string, { schema?: { $ref?: string }; examples?: object }> }
  >;
}

async function operations(): Promise<[string, Operation][]> {
  const document = (await (await createApp().request("/openapi.json")).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation,
    ]),
  );
}

describe("GET /openapi.json: what each operation tells a developer", () => {
  it("names, summarises, describes and tags every operation, and declares its security", async () => {
    const incomplete = (await operations()).flatMap(([route, operation]) => {
      const missing = [
        operation.operationId ? "" : "operationId",
        operation.summary ? "" : "summary",
        operation.description ? "" : "description",
        operation.tags?.length === 1 &&
        ["Reads", "Forms", "Site", "Operator"].includes(operation.tags[0] ?? "")
          ? ""
          : "tag",
        operation.security ? "" : "security",
      ].filter(Boolean);
      return missing.length ? [`${route}: ${missing.join(", ")}`] : [];
    });
    expect(incomplete).toEqual([]);
  });

  it("asks for a bearer token on operator routes and the webhook only", async () => {
    const expected = (route: string) =>
      route.includes(" /v1/admin/")
        ? [{ operatorToken: [] }]
        : route === "POST /v1/hooks/caraer"
          ? [{ webhookSecret: [] }, { webhookSecretQuery: [] }]
          : [];
    const wrong = (await operations())
      .filter(([route, operation]) => !isDeepStrictEqual(operation.security, expected(route)))
      .map(([route, operation]) => `${route} ${JSON.stringify(operation.security)}`);
    expect(wrong).toEqual([]);
  });

  it("gives every JSON body and answer an example, errors in the one envelope", async () => {
    const gaps = (await operations()).flatMap(([route, operation]) => {
      const found: string[] = [];
      const body = operation.requestBody?.content["application/json"];
      if (body && !body.examples) found.push(`${route}: request body`);
      for (const [status, response] of Object.entries(operation.responses)) {
        const json = response.content?.["application/json"];
        if (json && !json.examples) found.push(`${route} ${status}: no example`);
        if (Number(status) >= 400 && json && json.schema?.$ref !== "#/components/schemas/Error") {
          found.push(`${route} ${status}: not the error envelope`);
        }
      }
      // Every route can fail on a bug or a configuration that does not load.
      if (!operation.responses["500"]) found.push(`${route}: no 500`);
      return found;
    });
    expect(gaps).toEqual([]);
  });
});
