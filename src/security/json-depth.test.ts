import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../http/errors";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH, parseJsonBody } from "./json-depth";

/** Nesting depth of a parsed JSON value, the slow recursive way (test oracle only). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** Strings full of the characters the scanner must not count. */
const tricky = fc.string({ unit: fc.constantFrom("[", "]", "{", "}", '"', "\\", "a", "é") });

describe("jsonNestsDeeperThan", () => {
  it("agrees with the depth of any JSON document, brackets inside strings ignored", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8, stringUnit: fc.constantFrom("[", "{", '"', "\\", "x") }),
        fc.integer({ min: 0, max: 10 }),
        (value, limit) => {
          expect(jsonNestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(tricky, (text) => {
        expect(jsonNestsDeeperThan(JSON.stringify({ values: { a: [text] } }), 3)).toBe(false);
        expect(jsonNestsDeeperThan(JSON.stringify({ values: { a: [[text]] } }), 3)).toBe(true);
      }),
    );
  });
});

describe("parseJsonBody", () => {
  const nested = (depth: number) =>
    `{"values":{"full_name":${"[".repeat(depth - 2)}"x"${"]".repeat(depth - 2)}}}`;

  it(`parses up to ${MAX_JSON_DEPTH} levels`, () => {
    expect(parseJsonBody(nested(MAX_JSON_DEPTH))).toBeTypeOf("object");
  });

  it("refuses deeper bodies with too_deep before parsing them, however deep", () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 5_000, 20_000, 200_000]) {
      let error: unknown;
      try {
        parseJsonBody(nested(depth));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("INVALID_REQUEST");
      expect((error as ApiError).issues).toEqual([
        {
          field: "body",
          code: "too_deep",
          message: `Arrays and objects may nest at most ${MAX_JSON_DEPTH} levels.`,
        },
      ]);
    }
  });

  it("refuses text that is not JSON with the route's message", () => {
    expect(() => parseJsonBody("{", "Not JSON.")).toThrow(
      new ApiError("INVALID_REQUEST", "Not JSON."),
    );
  });
});
