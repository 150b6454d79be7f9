import { exports } from "cloudflare:workers";
import { DEMO_API_TOKEN, DEMO_COMPANY_UUID } from "../src/demo";

/** Origin the tests address; the emulator ignores the host. */
export const ORIGIN = "http://emulator";

/** Headers of an authorised private call. */
export const AUTH = {
  authorization: `Bearer ${DEMO_API_TOKEN}`,
  "x-caraer-company-uuid": DEMO_COMPANY_UUID,
} as const;

/** A parsed answer. */
export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Caraer's error envelope. */
export interface ErrorBody {
  message: string;
  status: number;
  errors: { type: string; message: string; correctionSuggestion: string }[];
  requestId: string;
}

/** Caraer's success envelope. */
export interface Envelope<T> {
  message: string;
  data: T;
}

/** Caraer's paginated envelope. */
export interface Page<T> extends Envelope<T[]> {
  total: number;
  page: number;
  perPage: number;
  lastPage: number;
}

/** A legacy-format property entry. */
export interface LegacyProperty {
  name: string;
  label: string;
  type: string;
  value: unknown;
}

/** A record as the API renders it (either format). */
export interface RecordOut {
  uuid: string;
  primary_object: string;
  morph_objects: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
  properties: Record<string, unknown> | LegacyProperty[];
}

/** A USER_FRIENDLY record. */
export interface FriendlyRecord extends RecordOut {
  properties: Record<string, unknown>;
}

/** A raw stored record from the control API. */
export interface RawRecord {
  uuid: string;
  object: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  anonymized: boolean;
  values: Record<string, unknown>;
  relations: {
    relation: string;
    direction: string;
    recordUuid: string;
    object: string | null;
    primary: boolean;
  }[];
}

/** The raw stored record (control API). */
export async function raw(uuid: string): Promise<RawRecord> {
  const res = await call<{ data: RawRecord }>("GET", `/__emulator/records/${uuid}`, undefined, {
    auth: false,
  });
  if (res.status !== 200) throw new Error(`no raw record ${uuid}: ${res.status}`);
  return res.body.data;
}

/** All raw records of an object (control API). */
export async function rawAll(object: string): Promise<RawRecord[]> {
  const res = await call<{ data: RawRecord[] }>(
    "GET",
    `/__emulator/records?object=${object}`,
    undefined,
    { auth: false },
  );
  return res.body.data;
}

/** The error types of an error answer, in order. */
export function errorTypes(answer: Answer): string[] {
  return (answer.body as ErrorBody).errors.map((e) => e.type);
}

/** Sends a raw request to the emulator. */
export function send(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}${path}`, init);
}

async function parse<T>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === "" ? null : JSON.parse(text);
  } catch {
    // Plain-text answers stay text.
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** A JSON call; authorised unless `headers` says otherwise (pass `auth: false` to send none). */
export async function call<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  options: { auth?: boolean; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {
    ...(options.auth === false ? {} : AUTH),
    ...(body === undefined ? {} : { "content-type": "application/json" }),
    ...options.headers,
  };
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  return parse<T>(await send(path, init));
}

/** Restores the demo data (and clears faults, settings, log). */
export async function reset(seed?: number): Promise<void> {
  const res = await send("/__emulator/reset", {
    method: "POST",
    ...(seed === undefined
      ? {}
      : { body: JSON.stringify({ seed }), headers: { "content-type": "application/json" } }),
  });
  if (res.status !== 200) throw new Error(`reset failed: ${res.status}`);
  await res.text();
}

/** `POST /api/v2/records/index` with the body and query given. */
export function index<T = Page<RecordOut>>(
  body: Record<string, unknown>,
  query = "",
): Promise<Answer<T>> {
  return call<T>("POST", `/api/v2/records/index${query}`, body);
}

/** The record UUIDs of an index answer, in order. */
export async function uuids(body: Record<string, unknown>, query = ""): Promise<string[]> {
  const res = await index({ limit: 250, ...body }, query);
  if (res.status !== 200)
    throw new Error(`index failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.map((r) => r.uuid);
}

/** The UUID of seeded vacancy `n` (1-32). */
export const V = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The UUID of seeded candidate `n` (1-9). */
export const C = (n: number) => `40000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** UUIDs of vacancies `ns`, in that order. */
export const Vs = (...ns: number[]) => ns.map(V);

/** UUIDs of candidates `ns`, in that order. */
export const Cs = (...ns: number[]) => ns.map(C);

/** One filter group with the given items, for vacancies unless `mainObject` is set. */
export function where(items: Record<string, unknown>[], mainObject = "vacancy") {
  return { mainObject, filter: { groups: [{ items }] } };
}
