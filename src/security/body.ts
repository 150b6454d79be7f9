import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";

/** The media types a route may accept. */
export type MediaType =
  | "application/json"
  | "application/x-www-form-urlencoded"
  | "multipart/form-data";

/** The body rules of a route: what it accepts, and at most how many bytes. */
export interface BodyRule {
  types: readonly MediaType[];
  /** Whether a request without a body (and Content-Type) is refused. */
  required: boolean;
  /** The largest accepted body in bytes, given the request's media type (and what the guard resolved). */
  maxBytes: (type: MediaType, c: Context<AppEnv>) => number;
}

/** The media type of a Content-Type value, without parameters, lowercased. */
export function mediaType(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(";", 1)[0]?.trim().toLowerCase();
  return essence || undefined;
}

/** The media type of a request, lowercased, without parameters (`""` without one). */
export function mediaTypeOf(request: Request): string {
  return mediaType(request.headers.get("Content-Type") ?? undefined) ?? "";
}

/** Whether the request carries a body at all. */
function hasBody(request: Request): boolean {
  if (request.body === null) return false;
  const length = request.headers.get("Content-Length");
  return length === null || length.trim() !== "0";
}

/**
 * Checks the request's Content-Type against `rule`: 415
 * `UNSUPPORTED_MEDIA_TYPE` for anything else, before the body is read.
 * Returns the accepted media type, or `undefined` for an allowed empty body.
 */
export function acceptedMediaType(c: Context<AppEnv>, rule: BodyRule): MediaType | undefined {
  const type = mediaType(c.req.header("Content-Type"));
  if (type === undefined && !rule.required && !hasBody(c.req.raw)) return undefined;
  const accepted = rule.types.find((candidate) => candidate === type);
  if (!accepted) {
    throw new ApiError(
      "UNSUPPORTED_MEDIA_TYPE",
      `This route accepts ${rule.types.join(", ")} bodies.`,
    );
  }
  return accepted;
}

/**
 * Hono's body limit, answering 413 `PAYLOAD_TOO_LARGE` in the envelope. It
 * refuses on `Content-Length` (which the HTTP layer holds the body to) before
 * reading anything, and counts a chunked body as it streams.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`);
    },
  });
}
