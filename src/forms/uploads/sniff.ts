import type { FileKind } from "../../config/forms";

/** A file kind recognised from content, with the MIME type and extension it travels with. */
export interface DetectedType {
  kind: FileKind;
  mime: string;
  extension: string;
}

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 64 * 1024;

/** How many trailing bytes the sniffer looks at: where a PDF's `%%EOF` marker lives. */
export const TAIL_BYTES = 1024;

const TYPES: Record<FileKind, Omit<DetectedType, "kind">> = {
  pdf: { mime: "application/pdf", extension: ".pdf" },
  doc: { mime: "application/msword", extension: ".doc" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: ".docx",
  },
  odt: { mime: "application/vnd.oasis.opendocument.text", extension: ".odt" },
  rtf: { mime: "application/rtf", extension: ".rtf" },
  txt: { mime: "text/plain", extension: ".txt" },
  png: { mime: "image/png", extension: ".png" },
  jpeg: { mime: "image/jpeg", extension: ".jpg" },
  gif: { mime: "image/gif", extension: ".gif" },
  webp: { mime: "image/webp", extension: ".webp" },
};

/** The MIME type and usual extension of a file kind (for an input's `accept` list). */
export function fileTypeOf(kind: FileKind): Omit<DetectedType, "kind"> {
  return TYPES[kind];
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: Uint8Array, offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const OLE2 = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = Uint8Array.of(0xff, 0xd8, 0xff);
// ODF stores an uncompressed `mimetype` entry first; its name starts at byte 30 of the zip.
const ODT_MIMETYPE = ascii("mimetypeapplication/vnd.oasis.opendocument.text");
// A Word document's zip entries live under `word/`; entry names are stored in clear.
const WORD_ENTRY = ascii("word/");
const MARKUP = /^\s*<(!doctype|html|head|body|script|svg|\?xml)/i;
// A PDF header (version included) and its end-of-file marker.
const PDF_HEADER = /^%PDF-\d\.\d/;
const PDF_EOF = ascii("%%EOF");
// What a browser would render as a page if the file were ever served as HTML.
const HTML_INSIDE = /<(!doctype|html|head|body|script|iframe|svg)[\s>/]/i;

/**
 * Markup that runs script or loads things when text is rendered as HTML:
 * active or embedding tags, event-handler attributes, `javascript:` URLs.
 * Plain prose with a stray `<` or a comparison does not match.
 */
const ACTIVE_MARKUP = new RegExp(
  [
    // A browser only opens a tag at `<` or `</` directly followed by its name.
    "<\\/?(script|style|iframe|frame|frameset|object|embed|applet|svg|math|img|image|video|audio|source|link|meta|base|form|input|button|template|html|head|body|!doctype|\\?xml)[\\s/>]",
    // Bounded, so text full of unclosed `<` cannot make the search quadratic.
    "<[a-z][^<>]{0,500}\\son[a-z]+\\s*=",
    "<[a-z][^<>]{0,500}javascript:",
  ].join("|"),
  "i",
);

/** Whether text holds markup that would act if it were ever rendered as HTML. */
export function hasActiveMarkup(text: string): boolean {
  return ACTIVE_MARKUP.test(text);
}

/**
 * Whether leading bytes are plain text: valid UTF-8 without NUL or other
 * control characters, and not markup (an HTML page must not pass as text).
 */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    // `stream` tolerates a character cut in half at the end of the sample.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes, {
      stream: true,
    });
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    if (isBinaryControl(text.charCodeAt(i))) return false;
  }
  return !MARKUP.test(text);
}

/** Control characters that do not occur in text (tab, newlines and form feed do). */
function isBinaryControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f
  );
}

/**
 * A PDF: the versioned header, `%%EOF` in the last kilobyte, and no HTML
 * document behind the header (a page that merely starts with `%PDF-`).
 */
function isPdf(bytes: Uint8Array, tail: Uint8Array): boolean {
  let head = "";
  for (const byte of bytes) head += String.fromCharCode(byte);
  return PDF_HEADER.test(head) && contains(tail, PDF_EOF) && !HTML_INSIDE.test(head);
}

function kindOf(bytes: Uint8Array, tail: Uint8Array): FileKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return isPdf(bytes, tail) ? "pdf" : null;
  if (startsWith(bytes, OLE2)) return "doc";
  if (startsWith(bytes, ZIP)) {
    if (startsWith(bytes, ODT_MIMETYPE, 30)) return "odt";
    return contains(bytes, WORD_ENTRY) ? "docx" : null;
  }
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (bytes.length > 0 && isPlainText(bytes)) return "txt";
  return null;
}

/**
 * Recognises a file's type from its leading bytes (magic numbers) and, for a
 * PDF, its trailing bytes, never from its name or declared type. `null` for
 * anything else, an empty file included.
 */
export function sniffType(leading: Uint8Array, tail: Uint8Array): DetectedType | null {
  const kind = kindOf(leading, tail);
  return kind ? { kind, ...TYPES[kind] } : null;
}
