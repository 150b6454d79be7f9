import { ApiError } from "../http/errors";
import {
  MULTIPART_BOUNDS,
  type MultipartBounds,
  multipartBoundary,
  multipartCounter,
} from "./multipart-bounds";

/** Largest JSON or URL-encoded submission: a form's values, not its files. */
export const TEXT_BODY_LIMIT = 256 * 1024;

/** Room for multipart part headers and text fields beside the files of a post. */
export const MULTIPART_OVERHEAD = 256 * 1024;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`);
}

/**
 * A request body that refuses to grow past `maxBytes`. A declared
 * `Content-Length` over the limit is refused before anything is read; a body
 * that streams past it errors at that point, so no more than the limit is
 * ever read into memory. `exceeded()` tells a parser's failure apart from ours.
 */
export function limitedBody(
  request: Request,
  maxBytes: number,
): { stream: ReadableStream<Uint8Array>; exceeded: () => boolean } {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  let total = 0;
  let over = false;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        over = true;
        controller.error(tooLarge(maxBytes));
        return;
      }
      controller.enqueue(chunk);
    },
  });
  const source = request.body ?? new Blob([]).stream();
  return { stream: source.pipeThrough(counter), exceeded: () => over };
}

/** Reads a text body of at most `maxBytes` (413 beyond). */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const body = limitedBody(request, maxBytes);
  try {
    return await new Response(body.stream).text();
  } catch (error) {
    if (body.exceeded()) throw tooLarge(maxBytes);
    throw error;
  }
}

/**
 * Parses a multipart body of at most `maxBytes` with the runtime's own
 * parser: 413 beyond the limit or past `bounds` (parts, bytes of text
 * parts; checked while streaming), 400 when the body is not valid multipart.
 */
export async function readLimitedFormData(
  request: Request,
  maxBytes: number,
  bounds: MultipartBounds = MULTIPART_BOUNDS,
): Promise<FormData> {
  const body = limitedBody(request, maxBytes);
  const contentType = request.headers.get("Content-Type") ?? "";
  const boundary = multipartBoundary(contentType);
  const counter = boundary ? multipartCounter(boundary, bounds) : undefined;
  const stream = counter ? body.stream.pipeThrough(counter.stream) : body.stream;
  try {
    return await new Response(stream, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    if (body.exceeded()) throw tooLarge(maxBytes);
    const refusal = counter?.refusal();
    if (refusal) throw refusal;
    throw new ApiError("INVALID_REQUEST", "The multipart body could not be read.");
  }
}

/** The media type of a request, lowercased, without parameters. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("Content-Type") ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}
