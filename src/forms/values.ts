import * as z from "zod/v4";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "../security/json-depth";
import { MULTI_VALUE_SEPARATOR } from "../upstream/contract";
import type { Field } from "./fields";

/**
 * The outcome of checking one submitted value: the cell value to send
 * (`null` when empty), or a problem with a stable code.
 */
export type ValueCheck =
  | { ok: true; value: string | null }
  | { ok: false; code: string; message: string };

/** Longest accepted text per string format, so one field cannot carry megabytes. */
export const TEXT_LIMITS = { singleLine: 1_000, multiLine: 20_000, structure: 20_000 } as const;

const EMAIL = z.email();
const PHONE = /^\+?[\d\s().-]+$/;
// HTML's "valid floating-point number" (what a `type=number` input posts: `.5`, `1e3`), which
// includes the plain decimals JSON clients send.
const NUMERIC = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MAX_LIST_ITEMS = 100;

const ok = (value: string | null): ValueCheck => ({ ok: true, value });
const fail = (code: string, message: string): ValueCheck => ({ ok: false, code, message });

/** Whether a submitted value counts as "not filled in". */
export function isBlank(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input === "string") return input.trim() === "";
  if (Array.isArray(input)) return input.every(isBlank);
  return false;
}

/** One value for a single-valued field; a repeated HTML input of one value is fine. */
function single(input: unknown): unknown {
  if (Array.isArray(input)) {
    const filled = input.filter((item) => !isBlank(item));
    return filled.length === 1 ? filled[0] : input;
  }
  return input;
}

function checkString(field: Field, input: unknown): ValueCheck {
  if (typeof input !== "string") return fail("invalid_type", "Enter text.");
  const multiLine = field.format === "multi-line";
  // Single-line values are trimmed: a pasted address with a trailing space is still valid.
  const text = multiLine ? input : input.trim();
  const limit = multiLine ? TEXT_LIMITS.multiLine : TEXT_LIMITS.singleLine;
  if (text.length > limit) return fail("too_long", `Use at most ${limit} characters.`);
  switch (field.format) {
    case "email":
      return text.length <= 254 && EMAIL.safeParse(text).success
        ? ok(text)
        : fail("invalid_email", "Enter a valid email address, like name@example.com.");
    case "url": {
      const url = URL.parse(text);
      return url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname
        ? ok(text)
        : fail("invalid_url", "Enter a full web address starting with https://.");
    }
    case "phone": {
      const digits = text.replace(/\D/g, "").length;
      return PHONE.test(text) && digits >= 6 && digits <= 15
        ? ok(text)
        : fail("invalid_phone", "Enter a phone number of 6 to 15 digits, like +31 6 12345678.");
    }
    default:
      return ok(text);
  }
}

function toNumber(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? input : undefined;
  if (typeof input === "string" && NUMERIC.test(input.trim())) return Number(input.trim());
  return undefined;
}

function outOfBounds(field: Field, value: number): boolean {
  return (field.min !== null && value < field.min) || (field.max !== null && value > field.max);
}

function boundsText(field: Field): string {
  if (field.min !== null && field.max !== null) return `between ${field.min} and ${field.max}`;
  return field.min !== null ? `of at least ${field.min}` : `of at most ${field.max}`;
}

function checkNumber(field: Field, input: unknown): ValueCheck {
  const value = toNumber(input);
  if (value === undefined) return fail("invalid_number", "Enter a number, like 4200.");
  if (outOfBounds(field, value)) {
    return fail("out_of_range", `Enter a number ${boundsText(field)}.`);
  }
  return ok(String(value));
}

/**
 * Unix milliseconds from ms (a number or digits) or an ISO date or date-time
 * (UTC when no zone is given). Impossible calendar dates are refused.
 */
export function toMillis(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isSafeInteger(input) ? input : undefined;
  if (typeof input !== "string") return undefined;
  const text = input.trim();
  if (/^-?\d{1,16}$/.test(text)) return Number(text);
  const date = ISO_DATE.exec(text);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return new Date(ms).toISOString().slice(0, 10) === text ? ms : undefined;
  }
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const ms = Date.parse(zoned ? text : `${text}Z`);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2026-02-30 over to March; the calendar day must survive.
  if (!zoned && new Date(ms).toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
  return ms;
}

function checkDate(input: unknown): ValueCheck {
  const ms = toMillis(input);
  return ms === undefined ? fail("invalid_date", "Enter a date like 2026-04-24.") : ok(String(ms));
}

/** `true`/`false` from a boolean, "true"/"false", or "on" (what an HTML checkbox posts). */
function toBoolean(input: unknown): boolean | undefined {
  if (typeof input === "boolean") return input;
  if (input === "true" || input === "on") return true;
  if (input === "false") return false;
  return undefined;
}

function checkCheckbox(field: Field, input: unknown): ValueCheck {
  const value = toBoolean(input);
  if (value === undefined) return fail("invalid_boolean", "Send true or false.");
  // A required checkbox is a consent: it only counts when ticked.
  if (field.required && !value) return fail("required", `Tick “${field.label}”.`);
  return ok(String(value));
}

function optionNames(field: Field): Set<string> {
  return new Set(field.options.map((option) => option.name));
}

function checkSingleSelect(field: Field, input: unknown): ValueCheck {
  if (typeof input !== "string") return fail("invalid_type", "Choose one option.");
  const name = input.trim();
  return optionNames(field).has(name)
    ? ok(name)
    : fail("invalid_option", "Choose one of the listed options.");
}

/** A list of names from an array or a `;`-joined string, trimmed, without blanks or repeats. */
function toList(input: unknown): string[] | undefined {
  let items: unknown[];
  if (typeof input === "string") items = input.split(MULTI_VALUE_SEPARATOR);
  else if (Array.isArray(input)) items = input;
  else return undefined;
  if (!items.every((item) => typeof item === "string")) return undefined;
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ""))];
}

function checkList(field: Field, input: unknown): ValueCheck {
  const names = toList(input);
  if (names === undefined) return fail("invalid_type", "Send a list of names.");
  if (names.length > MAX_LIST_ITEMS) {
    return fail("too_many_values", `Choose at most ${MAX_LIST_ITEMS}.`);
  }
  if (field.type === "multi-select") {
    const known = optionNames(field);
    if (!names.every((name) => known.has(name))) {
      return fail("invalid_option", "Choose only listed options.");
    }
  } else if (names.some((name) => name.length > 100 || name.includes(MULTI_VALUE_SEPARATOR))) {
    // [ours] Tags are free-form (as the emulator decides), but must survive `;`-joining.
    return fail("invalid_tag", "Use tags of at most 100 characters, without ';'.");
  }
  return ok(names.length > 0 ? names.join(MULTI_VALUE_SEPARATOR) : null);
}

function checkRange(field: Field, input: unknown): ValueCheck {
  let parts: unknown[];
  if (typeof input === "string") parts = input.split(MULTI_VALUE_SEPARATOR);
  else if (Array.isArray(input)) parts = input;
  else return fail("invalid_range", "Send a range as “min;max”.");
  const [min, max] = parts.map(toNumber);
  if (parts.length !== 2 || min === undefined || max === undefined || min > max) {
    return fail("invalid_range", "Send two numbers, the first not above the second, as “min;max”.");
  }
  if (outOfBounds(field, min) || outOfBounds(field, max)) {
    return fail("out_of_range", `Keep both numbers ${boundsText(field)}.`);
  }
  return ok(`${min}${MULTI_VALUE_SEPARATOR}${max}`);
}

function checkStructure(input: unknown): ValueCheck {
  let text: string;
  if (typeof input === "string") {
    // The same bound as a JSON body's, which an object sent as such already met.
    if (jsonNestsDeeperThan(input, MAX_JSON_DEPTH)) {
      return fail("too_deep", `Nest arrays and objects at most ${MAX_JSON_DEPTH} levels.`);
    }
    try {
      JSON.parse(input);
    } catch {
      return fail("invalid_json", "Send valid JSON.");
    }
    text = input;
  } else if (typeof input === "object" && input !== null) {
    // Caraer wants a JSON string; a JSON client may send the structure itself.
    text = JSON.stringify(input);
  } else {
    return fail("invalid_json", "Send a JSON object or array.");
  }
  return text.length > TEXT_LIMITS.structure
    ? fail("too_long", `Use at most ${TEXT_LIMITS.structure} characters.`)
    : ok(text);
}

/**
 * File keys of a file field as a list (array or `;`-joined string). Whether
 * each key was uploaded to this form is checked separately (it needs KV).
 */
export function fileKeys(input: unknown): string[] | undefined {
  return toList(input);
}

/**
 * Checks one non-blank value against its field's type and format (docs/caraer-contract.md §4)
 * and encodes it as the string Caraer expects in a form cell. File fields
 * are checked by the caller, since their keys need a lookup.
 */
export function checkValue(field: Field, input: unknown): ValueCheck {
  switch (field.type) {
    case "string":
      return checkString(field, single(input));
    case "number":
      return checkNumber(field, single(input));
    case "date":
      return checkDate(single(input));
    case "checkbox":
      return checkCheckbox(field, single(input));
    case "single-select":
      return checkSingleSelect(field, single(input));
    case "multi-select":
    case "tag":
      return checkList(field, input);
    case "range":
      return checkRange(field, input);
    case "structure":
      return checkStructure(single(input));
    default:
      // An input type this edge does not know is refused rather than guessed at.
      return fail("unsupported_type", "This field cannot be submitted through the edge.");
  }
}
