import * as z from "zod/v4";
import type { FormSettings } from "../config/forms";
import { dictionary } from "../config/structured";
import { ApiError } from "../http/errors";
import { fieldIssues } from "../http/issues";
import { mediaTypeOf } from "../security/body";
import { parseJsonBody } from "../security/json-depth";
import { readFormData } from "./limits";
import { RESERVED_FIELDS } from "./reserved";

/** How a submission arrived. */
export type BodyEncoding = "json" | "urlencoded" | "multipart";

/** A submission as posted, before validation: property values apart from the reserved fields. */
export interface RawSubmission {
  encoding: BodyEncoding;
  /**
   * Property name → submitted value (JSON value, or string / string[] from a
   * form post). Prototype-less, like `files`: the names are the caller's, and
   * `constructor` or `__proto__` must read as what was sent, never as inherited.
   */
  values: Record<string, unknown>;
  /** Property name → files posted in a multipart body. */
  files: Record<string, File[]>;
  relatedRecordUuid: unknown;
  honeypot: unknown;
  turnstileToken: unknown;
  loadedAt: unknown;
  idempotencyKey: unknown;
}

/** The JSON body of a submission (the public contract). */
export const SubmissionJsonSchema = z.strictObject({
  values: z.record(z.string(), z.unknown()),
  relatedRecordUuid: z.string().optional(),
});

/** Moves the reserved fields out of the values, so only property names remain. */
function separate(
  encoding: BodyEncoding,
  values: Record<string, unknown>,
  files: Record<string, File[]>,
  honeypotField: string,
  relatedRecordUuid: unknown,
): RawSubmission {
  const take = (name: string) => {
    const value = values[name];
    delete values[name];
    return value;
  };
  return {
    encoding,
    honeypot: take(honeypotField),
    turnstileToken: take(RESERVED_FIELDS.turnstileToken),
    loadedAt: take(RESERVED_FIELDS.loadedAt),
    idempotencyKey: take(RESERVED_FIELDS.idempotencyKey),
    relatedRecordUuid,
    values,
    files,
  };
}

/** Adds a form field value; a repeated name (checkboxes, multi-selects) becomes a list. */
function append(values: Record<string, unknown>, name: string, value: string): void {
  const current = values[name];
  if (current === undefined) values[name] = value;
  else if (Array.isArray(current)) current.push(value);
  else values[name] = [current, value];
}

async function parseJson(request: Request): Promise<z.infer<typeof SubmissionJsonSchema>> {
  const json = parseJsonBody(await request.text());
  const parsed = SubmissionJsonSchema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError("INVALID_REQUEST", "The body must be { values, relatedRecordUuid? }.", {
      issues: fieldIssues(parsed.error, "body"),
    });
  }
  // zod rebuilds a record by assignment, which drops an own `__proto__` key
  // without a word: keep every key the document has, so each is validated.
  return {
    ...parsed.data,
    values: dictionary((json as { values: Record<string, unknown> }).values),
  };
}

/**
 * Reads a submission body in any of the three accepted encodings: JSON
 * (`{ values, relatedRecordUuid? }`), or a plain HTML form post
 * (URL-encoded, or multipart with files) whose field names are property names.
 * Unreadable bodies answer 400. The route's guard has already refused other
 * media types (415) and oversized bodies (413).
 */
export async function parseSubmissionBody(
  request: Request,
  settings: FormSettings,
): Promise<RawSubmission> {
  const type = mediaTypeOf(request);
  const honeypotField = settings.spam.honeypotField;
  if (type === "application/json") {
    const json = await parseJson(request);
    return separate("json", json.values, dictionary({}), honeypotField, json.relatedRecordUuid);
  }
  if (type === "application/x-www-form-urlencoded") {
    const values = dictionary<unknown>({});
    for (const [name, value] of new URLSearchParams(await request.text())) {
      append(values, name, value);
    }
    const related = values[RESERVED_FIELDS.relatedRecordUuid];
    delete values[RESERVED_FIELDS.relatedRecordUuid];
    return separate("urlencoded", values, {}, honeypotField, related);
  }
  if (type === "multipart/form-data") {
    const form = await readFormData(request);
    const values = dictionary<unknown>({});
    const files = dictionary<File[]>({});
    for (const [name, value] of form) {
      if (typeof value === "string") append(values, name, value);
      // An empty file input posts a nameless, empty part: no file was chosen.
      else if (value.name !== "" || value.size > 0) files[name] = [...(files[name] ?? []), value];
    }
    const related = values[RESERVED_FIELDS.relatedRecordUuid];
    delete values[RESERVED_FIELDS.relatedRecordUuid];
    return separate("multipart", values, files, honeypotField, related);
  }
  // Unreachable behind the route's guard, which admits only the three types above.
  throw new ApiError(
    "UNSUPPORTED_MEDIA_TYPE",
    "Send application/json, application/x-www-form-urlencoded or multipart/form-data.",
  );
}
