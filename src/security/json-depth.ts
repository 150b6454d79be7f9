import { ApiError } from "../http/errors";

/**
 * Deepest nesting of arrays and objects a JSON body may have. The deepest
 * legitimate body is far shallower (a submission is `{ values: { name: [..] } }`,
 * three levels; a webhook event about six), while a body of a few hundred
 * kilobytes can nest a hundred thousand levels, enough to exhaust the stack
 * of any recursive walk over it (validation, logging, serialisation).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a JSON text nests arrays and objects deeper than `limit`. One pass
 * over the characters, no recursion, brackets inside strings ignored; the text
 * need not be valid JSON (the parser judges that afterwards).
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Parses a JSON request body after checking its nesting, so nothing recursive
 * ever sees a deeper one: 400 `INVALID_REQUEST` with issue `too_deep` beyond
 * {@link MAX_JSON_DEPTH}, 400 `INVALID_REQUEST` when it is not JSON.
 */
export function parseJsonBody(
  text: string,
  notJsonMessage = "The body is not valid JSON.",
): unknown {
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new ApiError("INVALID_REQUEST", "The body nests too deep.", {
      issues: [
        {
          field: "body",
          code: "too_deep",
          message: `Arrays and objects may nest at most ${MAX_JSON_DEPTH} levels.`,
        },
      ],
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("INVALID_REQUEST", notJsonMessage);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
