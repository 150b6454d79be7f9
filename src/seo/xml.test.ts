import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml } from "../../test/xml";
import { escapeXml, xmlElement } from "./xml";

// Markup, controls, lone surrogates and non-characters, mixed with any UTF-16 unit.
// (fast-check's "binary" unit is far slower to generate.)
const xmlNastyChar = fc.oneof(
  fc.constantFrom(
    "<",
    ">",
    "&",
    '"',
    "'",
    "\u0000",
    "\u0007",
    "\r",
    "\n",
    "\t",
    "\ud800",
    "\ufffe",
    "🎉",
  ),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML cannot carry", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(escapeXml("tab\tok\u0000\u0007\u000b\ufffe\ud800 end")).toBe("tab\tok end");
    expect(escapeXml("emoji 🎉 stays")).toBe("emoji 🎉 stays");
  });

  it("round-trips any text through a real XML parser, less the forbidden characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: xmlNastyChar, maxLength: 40 }), (text) => {
        const document = parseXml(xmlElement("root", { a: text }, { text }));
        const root = document.documentElement;
        const allowed = escapeXml(text)
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">")
          .replaceAll("&quot;", '"')
          .replaceAll("&apos;", "'")
          .replaceAll("&amp;", "&");
        // XML normalises line ends in content, and whitespace in attribute values.
        const content = allowed.replace(/\r\n?/g, "\n");
        expect(root?.textContent).toBe(content);
        expect(root?.getAttribute("a")).toBe(content.replace(/[\t\n]/g, " "));
      }),
      { numRuns: 100 },
    );
  });
});

describe("xmlElement", () => {
  it("writes attributes, skips undefined ones, and self-closes empty elements", () => {
    expect(
      xmlElement("link", { rel: "self", type: undefined, href: "https://x.test/?a=1&b=2" }),
    ).toBe('<link rel="self" href="https://x.test/?a=1&amp;b=2"/>');
    expect(xmlElement("a", {}, [xmlElement("b", {}, { text: "<x>" })])).toBe(
      "<a><b>&lt;x&gt;</b></a>",
    );
  });
});
