import { DEMO_COMPANY_UUID } from "../demo";
import { type ErrorItem, problem } from "../errors";
import { MULTI_SEPARATOR } from "../ours";
import type { PropertyDef, StoredValue } from "../types";
import { toBoolean, toBounds, toList, toMillis, toNumber } from "./coerce";

/** The outcome of normalising one written value. */
export type Normalized = { ok: true; value: StoredValue | null } | { ok: false; error: ErrorItem };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const FILES_PREFIX = `${DEMO_COMPANY_UUID}/files/`;

const ok = (value: StoredValue | null): Normalized => ({ ok: true, value });
const fail = (...args: Parameters<typeof problem>): Normalized => ({
  ok: false,
  error: problem(...args),
});

/** How error messages name a property. */
export function subject(def: PropertyDef): string {
  return `Property '${def.name}' (${def.label})`;
}

function normalizeString(def: PropertyDef, input: string): Normalized {
  const s = subject(def);
  switch (def.format) {
    case "email":
      return EMAIL.test(input)
        ? ok(input)
        : fail(
            "INVALID_EMAIL",
            `${s}: '${input}' is not a valid email address`,
            "Send name@domain.tld.",
          );
    case "url": {
      const url = URL.parse(input);
      return url && (url.protocol === "https:" || url.protocol === "http:")
        ? ok(input)
        : fail(
            "INVALID_VALUE",
            `${s}: '${input}' is not a valid URL`,
            "Send an absolute http(s) URL.",
          );
    }
    case "phone": {
      const digits = input.replace(/\D/g, "").length;
      return PHONE.test(input) && digits >= 6 && digits <= 15
        ? ok(input)
        : fail(
            "INVALID_VALUE",
            `${s}: '${input}' is not a valid phone number`,
            "Send 6 to 15 digits, optionally with +, spaces, dashes or parentheses.",
          );
    }
    default:
      return ok(input);
  }
}

function normalizeOptions(def: PropertyDef, names: string[]): Normalized | undefined {
  for (const name of names) {
    const option = def.options.find((o) => o.name === name);
    if (!option || option.disabled) {
      return fail(
        "INVALID_VALUE",
        `${subject(def)}: '${name}' is not an option`,
        `Use one of: ${def.options
          .filter((o) => !o.disabled)
          .map((o) => o.name)
          .join(", ")}.`,
      );
    }
  }
  return undefined;
}

function normalizeFiles(def: PropertyDef, input: string): Normalized {
  const keys = toList(input) ?? [];
  for (const key of keys) {
    if (!key.startsWith(FILES_PREFIX)) {
      return fail(
        "INVALID_VALUE",
        `${subject(def)}: '${key}' is not a file key of this company`,
        `Upload the file first; keys start with ${FILES_PREFIX}.`,
      );
    }
    const ext = key.slice(key.lastIndexOf(".")).toLowerCase();
    if (def.accept && (!key.includes(".") || !def.accept.includes(ext))) {
      return fail(
        "INVALID_FILE_TYPE",
        `${subject(def)}: '${key}' is not an accepted file type`,
        `Accepted: ${def.accept.join(", ")}.`,
      );
    }
  }
  return ok(keys.length > 0 ? keys.join(MULTI_SEPARATOR) : null);
}

/**
 * Validates one written value against its property's type and format (seed
 * 001 "Common type rules") and returns the value as stored. null, undefined
 * and "" clear the value. Read-only and access checks are the caller's.
 */
export function normalizeValue(def: PropertyDef, input: unknown): Normalized {
  if (input === null || input === undefined || input === "") return ok(null);
  const s = subject(def);
  switch (def.type) {
    case "string":
      return typeof input === "string"
        ? normalizeString(def, input)
        : fail("INVALID_VALUE", `${s} must be a string`, "Send a JSON string.");
    case "number": {
      const n = toNumber(input);
      return n === undefined
        ? fail(
            "INVALID_VALUE",
            `${s} must be a number`,
            'Send a number such as 120000 or "120000".',
          )
        : ok(n);
    }
    case "date": {
      const t = toMillis(input);
      return t === undefined
        ? fail(
            "INVALID_DATE",
            `${s}: '${String(input)}' is not a valid date`,
            "Send unix milliseconds (UTC) or an ISO date such as 2026-04-24.",
          )
        : ok(t);
    }
    case "checkbox": {
      const b = toBoolean(input);
      return b === undefined
        ? fail("INVALID_VALUE", `${s} must be true or false`, 'Send true/false or "true"/"false".')
        : ok(b);
    }
    case "single-select": {
      if (typeof input !== "string") {
        return fail("INVALID_VALUE", `${s} must be an option name`, "Send one option name.");
      }
      return normalizeOptions(def, [input]) ?? ok(input);
    }
    case "multi-select":
    case "tag": {
      const list = toList(input);
      if (list === undefined) {
        return fail(
          "INVALID_VALUE",
          `${s} must be a list of names`,
          "Send an array of names or one ';'-separated string.",
        );
      }
      const unique = [...new Set(list)];
      // [ours] Tags are free-form; only multi-select names must be configured options.
      const bad = def.type === "multi-select" ? normalizeOptions(def, unique) : undefined;
      return bad ?? ok(unique.length > 0 ? unique : null);
    }
    case "range": {
      const bounds = toBounds(input, toNumber, false);
      return bounds === undefined
        ? fail(
            "INVALID_VALUE",
            `${s}: '${String(input)}' is not a valid range`,
            'Send "min;max" with two numbers, min not above max.',
          )
        : ok(`${bounds[0]};${bounds[1]}`);
    }
    case "structure": {
      if (typeof input !== "string") {
        return fail(
          "INVALID_VALUE",
          `${s} must be a JSON string`,
          "Serialise the structure to a JSON string first.",
        );
      }
      try {
        JSON.parse(input);
        return ok(input);
      } catch {
        return fail("INVALID_VALUE", `${s} is not valid JSON`, "Send a valid JSON string.");
      }
    }
    case "file":
      return typeof input === "string"
        ? normalizeFiles(def, input)
        : fail("INVALID_VALUE", `${s} must be a file key`, "Send the key returned by the upload.");
    case "linked-property":
      return fail("VALIDATION", `${s} is read-only`, "Do not send linked-property values.");
  }
}
