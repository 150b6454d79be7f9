import { tryDecodeURIComponent } from "hono/utils/url";
import * as z from "zod/v4";
import { ApiError } from "../http/errors";
import { fieldIssues } from "../http/issues";

/** Schemas of a route's path parameters, by parameter name. */
export type ParamShape = Record<string, z.ZodType<string>>;

const schemas = new WeakMap<ParamShape, z.ZodType>();

/**
 * Validates raw (still percent-encoded) path parameters before any lookup:
 * an identifier that is not of its shape never reaches a cache key, a Durable
 * Object name or Caraer. Answers 400 `INVALID_REQUEST` with one issue per
 * parameter, shaped like the route validators' answers. Returns the decoded
 * values.
 */
export function validatePathParams(
  shape: ParamShape,
  raw: Record<string, string>,
): Record<string, string> {
  let schema = schemas.get(shape);
  if (!schema) {
    schema = z.object(shape);
    schemas.set(shape, schema);
  }
  const decoded = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, tryDecodeURIComponent(value)]),
  );
  const result = schema.safeParse(decoded);
  if (result.success) return decoded;
  throw new ApiError("INVALID_REQUEST", "The request param is invalid.", {
    issues: fieldIssues(result.error, "param"),
  });
}
