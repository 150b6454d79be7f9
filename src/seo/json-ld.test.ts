import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  it("cannot end or open markup inside a script element", () => {
    const json = serializeJsonLd({
      description: "</script><script>alert(1)</script> & <!-- \u2028\u2029",
    });
    expect(json).toBe(
      '{"description":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029"}',
    );
  });

  it("stays the same JSON value for any input, with none of < > & U+2028 U+2029 left raw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = serializeJsonLd(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });
});
