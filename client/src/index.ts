import createClient, { type Client } from "openapi-fetch";
import { idempotencyKeys } from "./idempotency.js";
import type { paths } from "./openapi.gen.js";
import { type RetryPolicy, retryingFetch } from "./retry.js";
import { serializeBody, serializeQuery } from "./serialize.js";

export { SUBMISSIONS_PATH } from "./idempotency.js";
export type { paths } from "./openapi.gen.js";
export { type RetryPolicy, retryAfterSeconds, retryingFetch } from "./retry.js";
export { serializeQuery } from "./serialize.js";

type ListRoute = paths["/v1/lists/{list}"];
type ListOperation = ListRoute["get"];
type ListParameters = ListOperation["parameters"];
type Json<Response> = Response extends { content: { "application/json": infer Body } }
  ? Body
  : never;

/** A filter value: one value, values to OR, or `{ operator: value }` for another allowed operator. */
export type ListFilterValue =
  | string
  | number
  | boolean
  | (string | number)[]
  | Record<string, string | number | (string | number)[]>;

/**
 * `filter[prop]=value` parameters of a list query. The document describes them
 * in prose, because their names are each list's `filterable` properties.
 */
export type ListFilter = Record<string, ListFilterValue>;

/** A list query: the documented parameters, plus `filter`. */
export type ListQuery = NonNullable<ListParameters["query"]> & { filter?: ListFilter };

/** The document's paths, with `filter` added to the list route's query. */
export type EdgePaths = Omit<paths, "/v1/lists/{list}"> & {
  "/v1/lists/{list}": Omit<ListRoute, "get"> & {
    get: Omit<ListOperation, "parameters"> & {
      parameters: Omit<ListParameters, "query"> & { query?: ListQuery };
    };
  };
};

/** The one error envelope every failing response carries. */
export type ErrorEnvelope = Json<ListOperation["responses"][404]>;
/** A machine-readable error code: switch on this, never on `message`. */
export type ErrorCode = ErrorEnvelope["error"]["code"];
/** A page of a public list. */
export type ListPage = Json<ListOperation["responses"][200]>;
/** A record as the public API shows it: public properties only. */
export type PublicRecord = ListPage["data"][number];
/** A form definition and its render-ready fields. */
export type FormDefinition = Json<paths["/v1/forms/{formUuid}"]["get"]["responses"][200]>["data"];
/** A form field as the edge renders it. */
export type FormField = FormDefinition["fields"][number];
/** What a submission answers: delivered (201) or queued (202). */
export type SubmissionAnswer = Json<
  paths["/v1/forms/{formUuid}/submissions"]["post"]["responses"][201]
>["data"];

/** Options of {@link createEdgeClient}. */
export interface EdgeClientOptions {
  /** The edge's origin, e.g. `https://jobs.example.com`. */
  baseUrl: string;
  /** Retries on 429 and 503 after their `Retry-After`; `false` turns them off. */
  retry?: RetryPolicy | false;
  /** Makes a new idempotency key for each submission (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
  /** The `fetch` to send requests with (default the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** A typed client of the edge's public API: `client.GET("/v1/lists/{list}", …)`. */
export type EdgeClient = Client<EdgePaths>;

/**
 * A typed client of the edge: methods and paths as in `/openapi.json`,
 * answers as `{ data }` or `{ error }` (the error envelope), submissions
 * with an `Idempotency-Key`, and 429 and 503 retried after `Retry-After`.
 */
export function createEdgeClient(options: EdgeClientOptions): EdgeClient {
  // Wrapped, so a browser's fetch is never called detached from `window`.
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const client = createClient<EdgePaths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    fetch: options.retry === false ? send : retryingFetch(send, options.retry),
    headers: options.headers,
    querySerializer: serializeQuery,
    bodySerializer: serializeBody,
  });
  client.use(idempotencyKeys(options.newIdempotencyKey ?? (() => crypto.randomUUID())));
  return client;
}
