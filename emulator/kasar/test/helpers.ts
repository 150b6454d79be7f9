import { exports } from "cloudflare:workers";
import { KASAR_DEMO_TOKEN } from "../src/demo";

/** Origin the tests address; the emulator ignores the host. */
const ORIGIN = "http://kasar";

/** A parsed answer. */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Kasar's error body. */
export interface ErrorBody {
  error: true;
  code: string;
  message: string;
}

/** A record as Kasar answers it. */
export type Rec = Record<string, unknown> & { id: string };

/** Kasar's list envelope. */
export interface Page<T = Rec> {
  data: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * A JSON call to the emulator, with the demo token unless `token` says otherwise
 * (`null` sends no Authorization header).
 */
export async function call<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = KASAR_DEMO_TOKEN,
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await exports.default.fetch(`${ORIGIN}${path}`, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? null : JSON.parse(text);
  } catch {
    // Plain-text answers stay text.
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** A call to Kasar's API under /api/v1. */
export const api = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  token?: string | null,
) => call<T>(method, `/api/v1${path}`, body, token);

/** A call to the control API (no token). */
export const control = <T = unknown>(method: string, path: string, body?: unknown) =>
  call<T>(method, `/__emulator${path}`, body, null);

/** Restores the demo data and clears faults, settings and the log. */
export async function reset(seed?: number): Promise<void> {
  const res = await control("POST", "/reset", seed === undefined ? undefined : { seed });
  if (res.status !== 200) throw new Error(`reset failed: ${res.status}`);
}

/** The ids of a list page, in order. */
export const ids = (page: Answer<Page>) => page.body.data.map((r) => r.id);
