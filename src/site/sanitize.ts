/**
 * Elements rich text from the CMS may keep, with the attributes each may keep.
 * Everything else is unwrapped (its text stays) or, for {@link DROPPED},
 * removed with its content. No element keeps `style`, `class`, `id` or any
 * `on…` handler.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  small: [],
  sub: [],
  sup: [],
  mark: [],
  code: [],
  pre: [],
  blockquote: [],
  q: [],
  ul: [],
  ol: [],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  a: ["href", "title"],
  img: ["src", "alt", "width", "height"],
  figure: [],
  figcaption: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["scope"],
  td: [],
};

/** Elements whose content is code, another document or a control, never text to show. */
const DROPPED = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "link",
  "meta",
  "base",
  "title",
  "head",
  // Raw-text elements: unwrapping them would hand their text to the browser as markup.
  "xmp",
  "plaintext",
  "listing",
  "noembed",
  "noframes",
]);

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);

/**
 * Whether a URL attribute is safe: an http(s), mailto or tel URL, or a
 * relative one. The attribute text is entity-decoded first, as the browser
 * would (`&#106;avascript:` is `javascript:`), and parsed like a browser
 * parses it (tabs and newlines inside the scheme are ignored).
 */
export function safeUrl(raw: string, schemes: ReadonlySet<string> = LINK_SCHEMES): boolean {
  const decoded = decodeEntities(raw);
  if (decoded === null) return false;
  try {
    const url = new URL(decoded, "https://relative.invalid/");
    return schemes.has(url.protocol);
  } catch {
    return false;
  }
}

/** Decodes numeric entities and `&amp;`; null when any other named entity is present (refuse rather than guess). */
function decodeEntities(text: string): string | null {
  const decoded = text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&amp;/gi, "&");
  return /&[a-z]+;?/i.test(decoded.replace(/&(?![a-z])/gi, "")) ? null : decoded;
}

/**
 * Sanitises rich text from the CMS with an allowlist, using the Workers
 * runtime's streaming HTML parser (`HTMLRewriter`), so what comes out is what
 * a browser would parse, minus everything not explicitly allowed: no script,
 * no event handler, no `javascript:` URL, no inline style at all (which
 * covers styles that would position content over the page).
 */
export async function sanitizeRichText(html: string): Promise<string> {
  const rewriter = new HTMLRewriter()
    .on("*", {
      element(element) {
        const tag = element.tagName.toLowerCase();
        if (DROPPED.has(tag)) {
          element.remove();
          return;
        }
        const allowed = ALLOWED[tag];
        if (!allowed) {
          element.removeAndKeepContent();
          return;
        }
        const names = [...element.attributes].map((pair) => String(pair[0]));
        for (const name of names) {
          const value = element.getAttribute(name) ?? "";
          const keep =
            allowed.includes(name) &&
            (name === "href"
              ? safeUrl(value)
              : name === "src"
                ? safeUrl(value, IMAGE_SCHEMES)
                : true);
          if (!keep) element.removeAttribute(name);
        }
        if (tag === "a" && element.hasAttribute("href"))
          element.setAttribute("rel", "nofollow noopener");
      },
    })
    .onDocument({
      // Comments can hide conditional markup for old browsers; none is wanted.
      comments(comment) {
        comment.remove();
      },
    });
  return rewriter.transform(new Response(html)).text();
}
