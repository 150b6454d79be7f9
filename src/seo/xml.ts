/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls
 * other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * Caraer text is free text, so one stray control character would otherwise
 * make a whole sitemap or feed unparseable.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for XML element content and attribute values, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Attributes of an element; `undefined` values are left out. */
export type XmlAttributes = Record<string, string | undefined>;

/**
 * One XML element as text. `children` are already-serialised elements;
 * `text` is escaped. An element with neither is self-closing.
 */
export function xmlElement(
  name: string,
  attributes: XmlAttributes = {},
  content: { text: string } | string[] = [],
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  const inner = Array.isArray(content) ? content.join("") : escapeXml(content.text);
  return inner === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** The XML declaration every document of this module starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
