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

function tooLarge(maxBytes: number): ApiError {
  return new ApiError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`);
}

// Streamed bodies that passed their limit, so a parser's failure reads as the 413 it is.
const refusals = new WeakMap<Request, ApiError>();

/**
 * The 413 of a streamed body that passed its limit while a parser read it
 * (parsers fail with their own error, or none), else `undefined`.
 */
export function bodyLimitRefusal(request: Request): ApiError | undefined {
  return refusals.get(request);
}

/**
 * The body limit: 413 `PAYLOAD_TOO_LARGE` in the envelope. A declared
 * `Content-Length` over the limit is refused before anything is read (the
 * HTTP layer holds the body to it). A chunked body is counted by Hono's
 * `bodyLimit`, which buffers it; with `streaming` (multipart, whose files
 * may be megabytes) it is counted as the route's parser reads it instead, so
 * the multipart bounds can refuse it early and it is never held whole.
 */
export function limitBody(maxBytes: number, streaming = false): MiddlewareHandler<AppEnv> {
  const buffered = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(maxBytes);
    },
  });
  return async (c, next) => {
    const request = c.req.raw;
    const declared =
      request.headers.has("Content-Length") && !request.headers.has("Transfer-Encoding");
    if (!streaming || !request.body || declared) return buffered(c, next);
    let total = 0;
    const counted = new Request(request, {
      body: request.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            total += chunk.byteLength;
            if (total <= maxBytes) return controller.enqueue(chunk);
            const refusal = tooLarge(maxBytes);
            refusals.set(counted, refusal);
            controller.error(refusal);
          },
        }),
      ),
    });
    c.req.raw = counted;
    await next();
  };
}
