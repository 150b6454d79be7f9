import { ApiError } from "../http/errors";

/** Most parts (text fields and files) one multipart body may have. */
export const MAX_MULTIPART_PARTS = 1_000;

/**
 * Most bytes of text parts (parts without a file name) in one multipart body,
 * counted apart from the files' budget: the same room a JSON or URL-encoded
 * submission gets for its values.
 */
export const MAX_MULTIPART_TEXT_BYTES = 256 * 1024;

/** Longest part header block; a real one is a few hundred bytes. */
const MAX_PART_HEADER_BYTES = 8 * 1024;

const HEADER_END = new TextEncoder().encode("\r\n\r\n");

/** Bounds a multipart body is held to while it streams. */
export interface MultipartBounds {
  maxParts: number;
  maxTextBytes: number;
}

/** The default bounds of every multipart body the edge reads. */
export const MULTIPART_BOUNDS: MultipartBounds = {
  maxParts: MAX_MULTIPART_PARTS,
  maxTextBytes: MAX_MULTIPART_TEXT_BYTES,
};

/** The `boundary` parameter of a multipart Content-Type, or `undefined`. */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number, from); i !== -1; ) {
    if (i + needle.length > haystack.length) return -1;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first as number, i + 1);
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function refuse(field: string, code: string, message: string): ApiError {
  return new ApiError("PAYLOAD_TOO_LARGE", message, { issues: [{ field, code, message }] });
}

/**
 * A pass-through stream that counts a multipart body's parts and the bytes of
 * its text parts (parts whose headers name no `filename`) as they arrive, and
 * errors with 413 `PAYLOAD_TOO_LARGE` the moment either passes its bound. The
 * runtime's parser would otherwise read the whole body and build every part
 * first: 400,000 tiny fields in 23 MB cost hundreds of megabytes of memory.
 * It only counts; the runtime's parser still decides what the body means.
 */
export function multipartCounter(
  boundary: string,
  bounds: MultipartBounds,
): { stream: TransformStream<Uint8Array, Uint8Array>; refusal: () => ApiError | undefined } {
  const delimiter = new TextEncoder().encode(`\r\n--${boundary}`);
  // The body's first delimiter has no CRLF before it: start as if it had one.
  let carry: Uint8Array = new TextEncoder().encode("\r\n");
  let inHeaders = false;
  let isText = false;
  let parts = 0;
  let textBytes = 0;

  const countText = (bytes: number) => {
    if (!isText) return;
    textBytes += bytes;
    if (textBytes > bounds.maxTextBytes) {
      throw refuse(
        "body",
        "text_too_large",
        `The text fields of a multipart body may hold at most ${bounds.maxTextBytes} bytes.`,
      );
    }
  };

  const scan = (buffer: Uint8Array): Uint8Array => {
    let position = 0;
    for (;;) {
      if (inHeaders) {
        const end = indexOf(buffer, HEADER_END, position);
        if (end === -1) {
          if (buffer.length - position > MAX_PART_HEADER_BYTES) {
            throw refuse("body", "invalid_part", "A part's headers are too long.");
          }
          return buffer.subarray(position);
        }
        const headers = new TextDecoder().decode(buffer.subarray(position, end));
        parts += 1;
        if (parts > bounds.maxParts) {
          throw refuse(
            "body",
            "too_many_parts",
            `A multipart body may have at most ${bounds.maxParts} parts.`,
          );
        }
        isText = !/;\s*filename\*?=/i.test(headers);
        inHeaders = false;
        position = end + HEADER_END.length;
        continue;
      }
      const next = indexOf(buffer, delimiter, position);
      if (next === -1) {
        // Keep what could be the start of a delimiter cut by the chunk's end.
        const safe = Math.max(position, buffer.length - (delimiter.length - 1));
        countText(safe - position);
        return buffer.subarray(safe);
      }
      countText(next - position);
      isText = false;
      inHeaders = true;
      position = next + delimiter.length;
    }
  };

  let refusal: ApiError | undefined;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      try {
        carry = scan(concat(carry, chunk)).slice();
      } catch (error) {
        // The parser reading this stream sees only that it failed; the caller asks why.
        refusal = error as ApiError;
        controller.error(error);
        return;
      }
      controller.enqueue(chunk);
    },
  });
  return { stream, refusal: () => refusal };
}
