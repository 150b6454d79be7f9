import { beforeAll, describe, expect, it } from "vitest";
import * as examples from "../../src/routes/examples";
import { edge, resetAll } from "../helpers";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * `actual` cut down to the shape of `example`: the same keys, and as many
 * array items. Equal to `example` exactly when the example is the answer,
 * shortened but not changed.
 */
function cutToShape(actual: Json, example: Json): Json {
  if (Array.isArray(example) && Array.isArray(actual)) {
    return actual
      .slice(0, example.length)
      .map((item, index) => cutToShape(item, example[index] as Json));
  }
  if (
    example &&
    typeof example === "object" &&
    actual &&
    typeof actual === "object" &&
    !Array.isArray(actual) &&
    !Array.isArray(example)
  ) {
    return Object.fromEntries(
      Object.keys(example).map((key) => [
        key,
        key in actual ? cutToShape(actual[key] as Json, example[key] as Json) : "(missing)",
      ]),
    );
  }
  return actual;
}

const EXAMPLES: Record<keyof typeof examples.EXAMPLE_REQUESTS, unknown> = {
  listPage: examples.listPageExample,
  record: examples.recordExample,
  preview: examples.previewExample,
  webpage: examples.webpageExample,
  formDefinition: examples.formDefinitionExample,
  formOptions: examples.formOptionsExample,
};

// The reference at /docs shows these examples: they must be what `npm start` answers.
describe("OpenAPI examples are the edge's answers over the emulator's demo data", () => {
  beforeAll(resetAll);

  for (const [name, path] of Object.entries(examples.EXAMPLE_REQUESTS)) {
    it(`${name}: GET ${path}`, async () => {
      const response = await edge(path);
      expect(response.status).toBe(200);
      const example = EXAMPLES[name as keyof typeof EXAMPLES] as Json;
      expect(cutToShape((await response.json()) as Json, example)).toEqual(example);
    });
  }

  it("are the examples /openapi.json carries", async () => {
    const document = JSON.stringify(await (await edge("/openapi.json")).json());
    for (const example of Object.values(EXAMPLES))
      expect(document).toContain(JSON.stringify(example));
  });
});
