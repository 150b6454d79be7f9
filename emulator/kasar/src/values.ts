import { isEmpty } from "../../src/values/empty";
import { KasarError } from "./errors";
import type { FieldDef, ObjectDef } from "./schema";
import type { StoredValue } from "./store";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE_KEYS = new Set(["url", "data", "name", "content_type", "size"]);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** [ours] Most files one file field holds. */
const MAX_FILES_PER_FIELD = 20;

const invalidValue = (field: FieldDef, what: string) =>
  new KasarError("VALIDATION_ERROR", `Field '${field.name}' must be ${what}`);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function validDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The byte length of valid base64 text. */
function base64Bytes(data: string): number {
  return (data.length / 4) * 3 - (data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0);
}

/**
 * [ours] One file of a file field: `{ name, content_type?, size?, data }`
 * with the bytes in base64 `data` (what the edge sends: Kasar has no upload
 * API), or `{ url, name, ... }` where `url` is where Kasar downloads it.
 * `size`, when given with `data`, must be the decoded length.
 */
function validFile(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  if (Object.keys(value).some((k) => !FILE_KEYS.has(k))) return false;
  const { url, data, name, content_type, size } = value;
  const source =
    url === undefined
      ? typeof data === "string" && BASE64.test(data)
      : data === undefined && isHttpUrl(url);
  return (
    source &&
    typeof name === "string" &&
    name.trim() !== "" &&
    (content_type === undefined || typeof content_type === "string") &&
    (size === undefined || (Number.isInteger(size) && (size as number) >= 0)) &&
    (typeof data !== "string" || size === undefined || base64Bytes(data) === size)
  );
}

/** [ours] A file field holds one file, or a list of 1-20 files. */
function validFiles(value: unknown): boolean {
  if (!Array.isArray(value)) return validFile(value);
  return value.length >= 1 && value.length <= MAX_FILES_PER_FIELD && value.every(validFile);
}

function optionValues(field: FieldDef): Set<string> {
  return new Set((field.options ?? []).map((o) => o.value));
}

/** Checks one non-null value against its field's type; answers the value as stored. */
export function coerceValue(field: FieldDef, value: unknown): StoredValue {
  switch (field.type) {
    case "text":
    case "long_text":
      if (typeof value !== "string") throw invalidValue(field, "a string");
      return value;
    case "phone":
      if (typeof value !== "string" || !PHONE.test(value))
        throw invalidValue(field, "a valid phone number");
      return value;
    case "email":
      if (typeof value !== "string" || !EMAIL.test(value))
        throw invalidValue(field, "a valid email address");
      return value;
    case "url":
      if (!isHttpUrl(value)) throw invalidValue(field, "a valid http(s) URL");
      return value;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value))
        throw invalidValue(field, "a number");
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw invalidValue(field, "true or false");
      return value;
    case "date":
      if (typeof value !== "string" || !validDate(value))
        throw invalidValue(field, "a date (YYYY-MM-DD)");
      return value;
    case "datetime":
      if (typeof value !== "string" || !value.includes("T") || Number.isNaN(Date.parse(value)))
        throw invalidValue(field, "an ISO 8601 date-time");
      return new Date(value).toISOString();
    case "select":
      if (typeof value !== "string" || !optionValues(field).has(value))
        throw invalidValue(field, `one of: ${[...optionValues(field)].join(", ")}`);
      return value;
    case "multi_select": {
      const allowed = optionValues(field);
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || !allowed.has(v)))
        throw invalidValue(field, `a list of: ${[...allowed].join(", ")}`);
      return [...new Set(value as string[])];
    }
    case "file":
      if (!validFiles(value))
        throw invalidValue(
          field,
          "a file or a list of files: { name, content_type?, size?, data: base64 } or { url, name, content_type?, size? }",
        );
      return value as Record<string, unknown> | Record<string, unknown>[];
  }
}

/**
 * Validates a write body against the object's fields: a JSON object of
 * writable, known fields with values of the right type. Empty values come
 * back as null (clear the field). Required fields are checked by the caller,
 * which knows whether it creates or updates.
 */
export function validateWrite(
  object: ObjectDef,
  input: unknown,
): Record<string, StoredValue | null> {
  if (!isPlainObject(input))
    throw new KasarError("VALIDATION_ERROR", "The record must be a JSON object");
  const out: Record<string, StoredValue | null> = {};
  for (const [name, value] of Object.entries(input)) {
    const field = object.fields.find((f) => f.name === name);
    if (name === "id" || field?.read_only)
      throw new KasarError("VALIDATION_ERROR", `Field '${name}' is read-only`);
    if (!field)
      throw new KasarError(
        "VALIDATION_ERROR",
        `Unknown field '${name}' on object '${object.name}'`,
      );
    out[name] = isEmpty(value) ? null : coerceValue(field, value);
  }
  return out;
}

/** The first required field without a value, as 400 MISSING_REQUIRED_FIELD. */
export function checkRequired(object: ObjectDef, values: Record<string, unknown>): void {
  const missing = object.fields.find((f) => f.required && isEmpty(values[f.name]));
  if (missing)
    throw new KasarError("MISSING_REQUIRED_FIELD", `Field '${missing.name}' is required`);
}

/** Whether a value counts as empty: null, "" and [] all clear a field ([ours]), as in the Caraer emulator. */
export { isEmpty };

/** How unique values compare: emails case-insensitively and trimmed ([ours]), the rest exactly. */
export function uniqueKey(field: FieldDef, value: unknown): string {
  if (field.type === "email" && typeof value === "string") return value.trim().toLowerCase();
  return JSON.stringify(value);
}
