import { DOMParser } from "@xmldom/xmldom";

// xmldom forgives a bare `&` and control characters; a feed reader or
// Google's sitemap parser may not, so those are checked here first.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Parses a whole XML document strictly; throws on anything a conforming parser would refuse. */
export function parseXml(xml: string): Document {
  if (NOT_XML_CHAR.test(xml)) throw new Error("XML holds a character XML 1.0 forbids");
  if (BARE_AMPERSAND.test(xml)) throw new Error("XML holds a bare &");
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, "text/xml") as unknown as Document;
}

/** Text of every element of a namespace and local name, in document order. */
export function texts(document: Document, namespace: string, name: string): string[] {
  return Array.from(document.getElementsByTagNameNS(namespace, name)).map(
    (node) => node.textContent ?? "",
  );
}
