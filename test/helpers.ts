import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { inject } from "vitest";
import { DEMO_API_TOKEN, DEMO_COMPANY_UUID } from "../emulator/src/demo";

/** Origin of the emulator the edge under test talks to. */
export const emulatorUrl = inject("emulatorUrl");

/** Sends a request to the edge Worker under test (its real `fetch` entry point). */
export function edge(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`https://edge.test${path}`, init));
}

/**
 * Sends a request to the edge Worker's `fetch` handler with some settings
 * replaced, and waits for its `waitUntil` work (cache writes, background
 * refreshes) before answering, so the next request sees a settled cache.
 */
export function edgeWith(
  overrides: Record<string, unknown>,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  return edgeWithEnv({ ...env, ...overrides } as Env, path, init);
}

/**
 * {@link edgeWith} with a whole `env` object: passing the same object again
 * keeps the isolate's parsed configuration (and what is keyed by it) as a
 * deployed isolate does across requests.
 */
export async function edgeWithEnv(workerEnv: Env, path: string, init?: RequestInit) {
  const worker = (await import("../src/index")).default;
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(`https://edge.test${path}`, init) as Request<unknown, IncomingRequestCfProperties>,
    workerEnv,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

/** {@link edge} with the real settings, waiting for background work like {@link edgeWith}. */
export function edgeSettled(path: string, init?: RequestInit): Promise<Response> {
  return edgeWith({}, path, init);
}

/** Calls the emulator's control API (`/__emulator/...`). */
export async function control(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${emulatorUrl}/__emulator${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) throw new Error(`emulator control ${path} answered ${response.status}`);
  return response;
}

/** Resets the emulator to its seed: demo data, no faults, empty request log. */
export async function resetEmulator(): Promise<void> {
  await control("/reset", { method: "POST", body: "{}" });
}

/** Empties the edge Worker's KV read cache (storage persists between the tests of a file). */
export async function clearCache(): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await env.CACHE.list(cursor ? { cursor } : {});
    await Promise.all(page.keys.map((key) => env.CACHE.delete(key.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
}

/** Resets the emulator to its seed and empties the edge's read cache. */
export async function resetAll(): Promise<void> {
  await Promise.all([resetEmulator(), clearCache()]);
}

/** A fault rule for the emulator (see the emulator's control API). */
export interface Fault {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
  retryAfter?: number;
  latencyMs?: number;
  hang?: boolean;
  errorRate?: number;
  times?: number;
  phase?: "before" | "after";
  /** The fault's own errorRate stream (see the emulator's README). */
  seed?: number;
}

/** Injects a fault into the emulator. */
export async function injectFault(fault: Fault): Promise<void> {
  await control("/faults", { method: "POST", body: JSON.stringify(fault) });
}

/** One request the emulator received. */
export interface LoggedRequest {
  /** When the emulator received it (ISO 8601). */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  auth: "valid" | "invalid" | "missing";
  body: unknown;
  status: number;
}

/** Reads the emulator's request log, optionally filtered by method and path glob. */
export async function emulatorRequests(filter: { method?: string; path?: string } = {}) {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  const response = await control(`/requests${query ? `?${query}` : ""}`);
  return ((await response.json()) as { data: LoggedRequest[] }).data;
}

/** Calls the emulator's Caraer API directly with the demo token, as an operator's script would. */
export function caraerApi(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulatorUrl}/api/v2${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${DEMO_API_TOKEN}`,
      "X-Caraer-Company-Uuid": DEMO_COMPANY_UUID,
      "Content-Type": "application/json",
      ...init.headers,
    },
  });
}
