import type * as z from "zod/v4";
import { type CaraerErrorItem, parseRetryAfter, UpstreamError } from "./errors";
import { fetchWithin } from "./fetch-within";
import { CaraerErrorSchema } from "./schemas";

/** How to reach one Caraer tenant. */
export interface TransportOptions {
  /** API origin without `/api/v2`, e.g. `https://v2.api.caraer.com`. */
  baseUrl: string;
  token: string;
  companyUuid: string;
  /** Site subdomain for public webpage calls (`X-Caraer-Subdomain`). */
  subdomain?: string | undefined;
  /** Default per-call timeout, covering the response body too. */
  timeoutMs: number;
  /** The fetch to use; the global one unless a test harness swaps the network. */
  fetch?: typeof fetch;
}

/** One call to Caraer. */
export interface RequestSpec<T> {
  /** Short endpoint name for errors and logs, e.g. `records.index`. */
  endpoint: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path below `/api/v2`, with every dynamic segment already encoded (see {@link segment}). */
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
  form?: FormData;
  /** `token` sends the bearer token; `public` routes never receive it (least privilege). */
  auth: "token" | "public";
  /** Adds `X-Caraer-Subdomain`, which public webpage calls require. */
  subdomain?: boolean;
  schema: z.ZodType<T>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Sends typed requests to Caraer. */
export type Transport = <T>(spec: RequestSpec<T>) => Promise<T>;

/** Encodes one dynamic path segment. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * Creates the transport every endpoint function uses: headers exactly as the
 * Caraer docs prescribe, a timeout on every call, zod-parsed responses and
 * {@link UpstreamError}s that never carry the token, a header or an upstream body.
 */
export function createTransport(options: TransportOptions): Transport {
  const doFetch = options.fetch ?? fetch;
  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const url = new URL(`${options.baseUrl}/api/v2${spec.path}`);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    const headers = new Headers({
      Accept: "application/json",
      "X-Caraer-Company-Uuid": options.companyUuid,
    });
    if (spec.auth === "token") headers.set("Authorization", `Bearer ${options.token}`);
    if (spec.subdomain && options.subdomain) headers.set("X-Caraer-Subdomain", options.subdomain);
    let body: BodyInit | undefined;
    if (spec.json !== undefined) {
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(spec.json);
    } else if (spec.form) {
      body = spec.form;
    }

    const fail = (
      failure: ConstructorParameters<typeof UpstreamError>[1],
      details?: ConstructorParameters<typeof UpstreamError>[2],
    ) => new UpstreamError(spec.endpoint, failure, details);

    const { response, text } = await fetchWithin(
      doFetch,
      url,
      { method: spec.method, headers, body },
      { timeoutMs: spec.timeoutMs ?? options.timeoutMs, signal: spec.signal },
      fail,
    );

    if (!response.ok) {
      const retryAfterSeconds = parseRetryAfter(response.headers.get("Retry-After"));
      if (response.status === 429) throw fail("rate_limited", { status: 429, retryAfterSeconds });
      if (response.status >= 500) {
        throw fail("server_error", { status: response.status, retryAfterSeconds });
      }
      throw fail("client_error", { status: response.status, items: errorItems(text) });
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

function errorItems(text: string): CaraerErrorItem[] {
  try {
    const parsed = CaraerErrorSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data.errors ?? []) : [];
  } catch {
    return [];
  }
}
