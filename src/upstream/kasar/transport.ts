import type * as z from "zod/v4";
import type { UpstreamFailure } from "../errors";
import { parseRetryAfter } from "../errors";
import { fetchWithin } from "../fetch-within";
import { KASAR_API_PREFIX } from "./contract";
import { KasarUpstreamError } from "./errors";
import { KasarErrorBodySchema } from "./schemas";

/** How to reach one Kasar organisation (the token identifies it). */
export interface KasarTransportOptions {
  /** Origin in front of `/api/v1`, e.g. `https://kasar.app` (`KASAR_API_BASE`). */
  baseUrl: string;
  token: string;
  /** Default per-call timeout, covering the response body too. */
  timeoutMs: number;
  /** The fetch to use; the global one unless a test harness swaps the network. */
  fetch?: typeof fetch;
}

/** One call to Kasar. */
export interface KasarRequest<T> {
  /** Short endpoint name for errors and logs, e.g. `records.list`. */
  endpoint: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below `/api/v1`, dynamic segments encoded with {@link segment}. */
  path: string;
  query?: URLSearchParams;
  json?: unknown;
  schema: z.ZodType<T>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Sends typed requests to Kasar. */
export type KasarTransport = <T>(spec: KasarRequest<T>) => Promise<T>;

/** Encodes one dynamic path segment. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

function errorBody(text: string): { code?: string; message?: string } {
  try {
    const parsed = KasarErrorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? { code: parsed.data.code, message: parsed.data.message } : {};
  } catch {
    return {};
  }
}

/**
 * The transport every Kasar endpoint function uses: the bearer token on every
 * call, a timeout on every call, zod-parsed answers, and
 * {@link KasarUpstreamError}s that never carry the token, a header or a body.
 * It does not retry: callers back off (exponentially, honouring Retry-After),
 * as the delivery queue does for Caraer.
 */
export function createKasarTransport(options: KasarTransportOptions): KasarTransport {
  const doFetch = options.fetch ?? fetch;
  return async function request<T>(spec: KasarRequest<T>): Promise<T> {
    const url = new URL(`${options.baseUrl}${KASAR_API_PREFIX}${spec.path}`);
    if (spec.query) url.search = spec.query.toString();
    const headers = new Headers({
      Accept: "application/json",
      Authorization: `Bearer ${options.token}`,
    });
    let body: string | undefined;
    if (spec.json !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(spec.json);
    }
    const fail = (
      failure: UpstreamFailure,
      details?: ConstructorParameters<typeof KasarUpstreamError>[2],
    ) => new KasarUpstreamError(spec.endpoint, failure, details);

    const { response, text } = await fetchWithin(
      doFetch,
      url,
      { method: spec.method, headers, body },
      { timeoutMs: spec.timeoutMs ?? options.timeoutMs, signal: spec.signal },
      fail,
    );

    if (!response.ok) {
      const status = response.status;
      const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
      const details = {
        status,
        ...errorBody(text),
        ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
      };
      if (status === 429) throw fail("rate_limited", details);
      throw fail(status >= 500 ? "server_error" : "client_error", details);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw fail("invalid_response", { status: response.status });
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) throw fail("invalid_response", { status: response.status });
    return parsed.data;
  };
}
