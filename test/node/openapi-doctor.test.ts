import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

// Runs in Node, like test/node/openapi.test.ts.
describe("GET /openapi.json: the configuration check", () => {
  it("documents GET /v1/admin/config-check as an operator route behind the operator token", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const operation = document.paths["/v1/admin/config-check"]?.get;
    expect(operation?.operationId).toBe("checkConfig");
    expect(operation?.tags).toEqual(["Operator"]);
    expect(operation?.security).toEqual([{ operatorToken: [] }]);
    // 404: a Kasar deployment has no configuration check (it inspects Caraer properties).
    expect(Object.keys(operation?.responses ?? {})).toEqual(["200", "401", "404", "500"]);
  });
});
