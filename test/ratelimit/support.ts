import { APPLICATION_FORM_UUID, OPEN_APPLICATION_FORM_UUID } from "../../emulator/src/demo";
import { edgeWith } from "../helpers";

/** A random client address in 10.0.0.0/8, so tests (and reruns) never share a budget. */
export function freshIp(): string {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

/**
 * A form the test configuration serves and Caraer knows: only such a form is
 * counted against. Tests keep their budgets apart with fresh client addresses.
 */
export const SERVED_FORM = APPLICATION_FORM_UUID;

/** A second served form, for budgets kept per form. */
export const OTHER_SERVED_FORM = OPEN_APPLICATION_FORM_UUID;

/**
 * What a submission the strict limiter admits answers in these tests: `submit`
 * sends no values to a served form, which validation then refuses. Asserting
 * this status rather than "not 429" keeps a 500 from passing as "admitted".
 */
export const ADMITTED = 422;

/** A form UUID nobody serves. */
export function unknownForm(): string {
  return crypto.randomUUID();
}

/** Strict limits for a test: small, so a budget is spent in a few requests. */
export function limits(overrides: Record<string, unknown>): Record<string, unknown> {
  return { RATE_LIMITS: overrides };
}

/** A JSON submission to `form` from `ip`, through the real fetch handler with `settings`. */
export function submit(
  settings: Record<string, unknown>,
  form: string,
  ip: string | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  return edgeWith(settings, `/v1/forms/${form}/submissions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(ip ? { "CF-Connecting-IP": ip } : {}),
      ...headers,
    },
    body: JSON.stringify({ values: {} }),
  });
}

/** The error envelope's code of a response, or `undefined` for a non-JSON body. */
export async function errorCode(response: Response): Promise<string | undefined> {
  const text = await response.text();
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
