import type { Context } from "hono";
import type * as z from "zod/v4";
import { invalid } from "./errors";

/** Reads the JSON body (400 VALIDATION_ERROR when malformed) and validates it with `schema`. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON");
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join(".") : "body";
  throw invalid(`${path}: ${issue?.message ?? "invalid"}`);
}
