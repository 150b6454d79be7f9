import type { Context } from "hono";
import type * as z from "zod/v4";
import { badRequest, invalid, problem } from "./errors";

/** Parses JSON text; an empty body is `undefined`. Malformed JSON is a 400 VALIDATION. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("VALIDATION", "The request body is not valid JSON", "Send a JSON body.");
  }
}

/** Validates a value with a zod schema, turning every issue into an `errors[]` entry. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(
    result.error.issues.map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join(".") : "body";
      return problem(
        "VALIDATION",
        `${path}: ${issue.message}`,
        "Check the request body against the API reference.",
      );
    }),
  );
}

/** Reads and validates the JSON body of a request. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return validate(schema, parseJsonText(await c.req.text()));
}
