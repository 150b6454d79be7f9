import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

// xmldom forgives a bare `&` and control characters; a feed reader or
// Google's sitemap parser may not, so those are checked here first.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** The namespaces of the documents the edge writes. */
export const XML_NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  atom: "http://www.w3.org/2005/Atom",
} as const;

/** Parses a whole XML document strictly; throws on anything a conforming parser would refuse. */
export function parseXml(xml: string): Document {
  if (NOT_XML_CHAR.test(xml)) throw new Error("XML holds a character XML 1.0 forbids");
  if (BARE_AMPERSAND.test(xml)) throw new Error("XML holds a bare &");
  const parser = new DOMParser({
    onError: (level, message) => {
      // U+FFFD is a legal XML character; xmldom only suspects an encoding slip.
      if (level === "warning" && message.includes("replacement character")) return;
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, "text/xml");
}

/** Elements of a namespace and local name under a node, in document order. */
export function elements(parent: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, name));
}

/** Text of the elements of a namespace and local name under a node, in document order. */
export function texts(parent: Document | Element, namespace: string, name: string): string[] {
  return elements(parent, namespace, name).map((node) => node.textContent ?? "");
}

/** Text of the first such element, `null` when there is none. */
export function firstText(
  parent: Document | Element,
  namespace: string,
  name: string,
): string | null {
  return texts(parent, namespace, name)[0] ?? null;
}
