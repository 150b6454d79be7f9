const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A form's text cell (rich text from Caraer) as plain paragraphs: block
 * elements and line breaks separate paragraphs, every tag is dropped (scripts
 * and styles with their content), entities are decoded. The result is
 * rendered as escaped text, so nothing in a text cell can run or restyle the page.
 */
export function textParagraphs(html: unknown): string[] {
  if (typeof html !== "string") return [];
  const text = html
    .replace(/<(script|style|template|iframe|object|svg)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<\/?(p|div|br|li|h[1-6]|ul|ol|blockquote|tr|section)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>?/g, "");
  return decodeEntities(text)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}
