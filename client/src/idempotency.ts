import type { Middleware } from "openapi-fetch";

/** The route whose posts create records in Caraer, and so carry an idempotency key. */
export const SUBMISSIONS_PATH = "/v1/forms/{formUuid}/submissions";

/**
 * Middleware that gives each submission an `Idempotency-Key` unless the
 * caller sent one. The key is set once per call, before the retrying fetch
 * sends it, so the edge sees every retry of the call as the first: one record
 * in Caraer however often it is sent. To keep one key across the visitor's
 * own second try (a click after a network error), pass it yourself with
 * `params: { header: { "Idempotency-Key": key } }`.
 */
export function idempotencyKeys(newKey: () => string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.method !== "POST" || schemaPath !== SUBMISSIONS_PATH) return undefined;
      if (request.headers.has("Idempotency-Key")) return undefined;
      request.headers.set("Idempotency-Key", newKey());
      return request;
    },
  };
}
