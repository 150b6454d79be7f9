import type { FormSettings } from "../config/forms";
import { ApiError } from "../http/errors";
import { bodyLimitRefusal } from "../security/body";
import {
  MULTIPART_BOUNDS,
  type MultipartBounds,
  multipartBoundary,
  multipartCounter,
} from "./multipart-bounds";

/** Largest JSON or URL-encoded body: a form's values (not its files), a webhook, an operator command. */
export const TEXT_BODY_LIMIT = 256 * 1024;

/** Room for multipart part headers and text fields beside the files of a post. */
export const MULTIPART_OVERHEAD = 256 * 1024;

/**
 * Largest multipart body to a form: all the files one post may carry under
 * the form's `uploads` settings, plus room for part headers and text fields.
 * The route guard holds the body to it (`src/routes/guard.ts`).
 */
export function multipartLimit(uploads: FormSettings["uploads"]): number {
  return uploads.maxFileBytes * uploads.maxFiles + MULTIPART_OVERHEAD;
}

/**
 * Parses a multipart body (held to its size by the route guard as it streams) with
 * the runtime's own parser: 413 past the guard's limit or past `bounds` (parts, bytes of text parts;
 * checked while streaming), 400 when the body is not valid multipart.
 */
export async function readFormData(
  request: Request,
  bounds: MultipartBounds = MULTIPART_BOUNDS,
): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const boundary = multipartBoundary(contentType);
  const counter = boundary ? multipartCounter(boundary, bounds) : undefined;
  const source = request.body ?? new Blob([]).stream();
  const stream = counter ? source.pipeThrough(counter.stream) : source;
  try {
    return await new Response(stream, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    const over = bodyLimitRefusal(request);
    if (over) throw over;
    const refusal = counter?.refusal();
    if (refusal) throw refusal;
    throw new ApiError("INVALID_REQUEST", "The multipart body could not be read.");
  }
}
