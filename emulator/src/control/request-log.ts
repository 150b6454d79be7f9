import { createMiddleware } from "hono/factory";
import { type AuthState, authState } from "../auth";
import type { AppEnv } from "../context";
import { REQUEST_LOG_LIMIT } from "../ours";
import { globToRegExp } from "./glob";

/** A request as the log records it. */
export interface LoggedRequest {
  id: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  auth: AuthState;
  body: unknown;
  /** null while the request is pending (or hanging). */
  status: number | null;
}

let entries: LoggedRequest[] = [];
let counter = 0;

/** The next request number (also the log id); restarts at 1 after a reset. */
export function nextRequestNumber(): number {
  counter += 1;
  return counter;
}

/** Empties the log; with `restart`, numbering starts over. Returns how many entries were dropped. */
export function clearLog(restart = false): number {
  const count = entries.length;
  entries = [];
  if (restart) counter = 0;
  return count;
}

/** Logged requests, optionally filtered by method and path glob. */
export function listRequests(method?: string, pathGlob?: string): LoggedRequest[] {
  const pattern = pathGlob ? globToRegExp(pathGlob) : null;
  return entries.filter(
    (e) =>
      (!method || e.method === method.toUpperCase()) && (pattern === null || pattern.test(e.path)),
  );
}

/** What the log keeps of a body: parsed JSON, text, or for multipart the parts' shapes. */
async function captureBody(request: Request): Promise<unknown> {
  if (request.body === null) return null;
  const type = request.headers.get("content-type") ?? "";
  const copy = request.clone();
  if (type.includes("multipart/form-data")) {
    try {
      const parts = [...(await copy.formData()).entries()].map(([name, value]) =>
        typeof value === "string"
          ? { name, size: new TextEncoder().encode(value).length }
          : { name, filename: value.name, type: value.type, size: value.size },
      );
      return { parts };
    } catch {
      return null;
    }
  }
  const text = await copy.text();
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Never log a credential: the Authorization header becomes "Bearer <valid>" or "Bearer <invalid>". */
function loggedHeaders(headers: Headers, auth: AuthState): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  if (auth === "missing") delete out.authorization;
  else out.authorization = `Bearer <${auth}>`;
  return out;
}

/**
 * Records every request (control routes excluded) and its final status;
 * `classify` tells how the Authorization header authenticates with the
 * emulated API (Caraer here, Kasar in `emulator/kasar/`).
 */
export function logRequestsWith(classify: (header: string | undefined) => AuthState) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const url = new URL(c.req.url);
    const auth = classify(c.req.header("authorization"));
    const entry: LoggedRequest = {
      id: c.get("requestNumber"),
      at: new Date().toISOString(),
      method: c.req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: loggedHeaders(c.req.raw.headers, auth),
      auth,
      body: await captureBody(c.req.raw),
      status: null,
    };
    entries.push(entry);
    if (entries.length > REQUEST_LOG_LIMIT) entries.shift();
    await next();
    entry.status = c.res.status;
  });
}

/** The Caraer emulator's request log middleware. */
export const logRequests = logRequestsWith(authState);
