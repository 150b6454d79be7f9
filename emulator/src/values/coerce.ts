import { MULTI_SEPARATOR } from "../ours";

/** A number from a number or a numeric string; undefined otherwise. */
export function toNumber(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? input : undefined;
  if (typeof input === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) return Number(input);
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Unix milliseconds from ms (number or digits) or an ISO date / date-time.
 * A date-time without zone is read as UTC. Impossible calendar dates
 * (2026-02-30) are refused.
 */
export function toMillis(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isInteger(input) ? input : undefined;
  if (typeof input !== "string") return undefined;
  const s = input.trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  let iso: string;
  if (ISO_DATE.test(s)) iso = `${s}T00:00:00Z`;
  else if (ISO_DATE_TIME.test(s)) iso = /Z|[+-]\d{2}:?\d{2}$/.test(s) ? s : `${s}Z`;
  else return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  // Date.parse rolls impossible days over; the calendar part must survive the round trip.
  const hasZone = /([+-]\d{2}:?\d{2})$/.test(s);
  if (!hasZone && new Date(t).toISOString().slice(0, 10) !== s.slice(0, 10)) return undefined;
  return t;
}

/** A boolean from a boolean or "true"/"false". */
export function toBoolean(input: unknown): boolean | undefined {
  if (typeof input === "boolean") return input;
  if (input === "true") return true;
  if (input === "false") return false;
  return undefined;
}

/** A list of trimmed, non-empty strings from an array of strings or a `;`-joined string. */
export function toList(input: unknown): string[] | undefined {
  if (typeof input === "string") {
    return input
      .split(MULTI_SEPARATOR)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  if (Array.isArray(input) && input.every((x) => typeof x === "string" || typeof x === "number")) {
    return input.map((x) => String(x).trim()).filter((s) => s !== "");
  }
  return undefined;
}

/** `[min, max]` from "min;max" or a two-element array; either bound may be empty when `open` is true. */
export function toBounds(
  input: unknown,
  parse: (bound: unknown) => number | undefined,
  open: boolean,
): [number | null, number | null] | undefined {
  let parts: unknown[];
  if (typeof input === "string") parts = input.split(MULTI_SEPARATOR).map((s) => s.trim());
  else if (Array.isArray(input)) parts = input;
  else return undefined;
  if (parts.length !== 2) return undefined;
  const bounds = parts.map((p) => {
    if (p === "" || p === null || p === undefined) return open ? null : undefined;
    return parse(p);
  });
  const [min, max] = bounds;
  if (min === undefined || max === undefined) return undefined;
  if (min !== null && max !== null && min > max) return undefined;
  return [min, max];
}
