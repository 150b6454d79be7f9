import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

/** Where the typed client's generated types live; `npm run client:types` rewrites it. */
const GENERATED = "../../client/src/openapi.gen.ts";

/** Uploaded files are `Blob`s (a `File` is one) in site code, not the strings JSON Schema calls them. */
const BLOB = ts.factory.createTypeReferenceNode("Blob");

const HEADER = `// Generated from the Worker's /openapi.json by openapi-typescript: do not edit.
// Regenerate with \`npm run client:types\`; \`npm test\` fails while it is stale.

`;

/**
 * The client's types regenerated in memory from the routes as they are. The
 * file snapshot fails when the committed file differs, so a route change
 * without `npm run client:types` (which runs this test with `-u`) fails CI.
 */
describe("client/src/openapi.gen.ts", () => {
  it("matches the types generated from the current /openapi.json", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as OpenAPI3;
    const generated =
      HEADER +
      astToString(
        await openapiTS(document, {
          transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
        }),
      );
    await expect(generated).toMatchFileSnapshot(GENERATED);
  });
});
