import { beforeEach, describe, expect, inject, it } from "vitest";
import {
  ALICE_EMAIL,
  KASAR_DEMO_TOKEN,
  KASAR_READONLY_TOKEN,
  kasarCandidateId,
  kasarVacancyId,
} from "../../../emulator/kasar/src/demo";
import { UpstreamError } from "../errors";
import {
  batchCreate,
  batchUpdate,
  createKasarClient,
  createRecord,
  dissociate,
  getRecord,
  listSchema,
  updateRecord,
} from "./client";
import { KasarUpstreamError } from "./errors";

const base = inject("kasarEmulatorUrl");
const V = kasarVacancyId;
const client = (token = KASAR_DEMO_TOKEN, timeoutMs = 5_000) =>
  createKasarClient({ baseUrl: base, token, timeoutMs });

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${base}/__emulator${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  if (!res.ok) throw new Error(`control ${path}: ${res.status}`);
  return res.json();
}

/** The rejection of `promise`, which must be a KasarUpstreamError. */
async function failure(promise: Promise<unknown>): Promise<KasarUpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KasarUpstreamError);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as KasarUpstreamError;
}

const candidate = { first_name: "Noor", last_name: "Bakker", email: "noor@example.com" };

beforeEach(async () => {
  await control("POST", "/reset");
});

describe("reads", () => {
  it("listRecords sends filters and sort as list parameters and follows cursors", async () => {
    const query = {
      filters: [{ field: "status", operator: "eq" as const, value: "open" }],
      sort: [{ field: "title", direction: "asc" as const }],
      limit: 5,
    };
    const first = await client().listRecords("vacancies", query);
    expect(first.total).toBe(8);
    expect(first.data.map((r) => r.title)).toEqual([
      "Account Executive",
      "Backend Engineer (Java)",
      "Data Analyst",
      "Engineering Manager",
      "Office Manager",
    ]);
    const second = await client().listRecords("vacancies", { ...query, cursor: first.nextCursor });
    expect(second.data.map((r) => r.id)).toEqual([V(11), V(3), V(1)]);
    expect(second.nextCursor).toBeNull();
    const log = (await control("GET", "/requests?path=/api/v1/records/vacancies")) as {
      data: { query: Record<string, string>; headers: Record<string, string> }[];
    };
    expect(log.data[0]?.query).toEqual({ "filter[status][eq]": "open", sort: "title", limit: "5" });
    expect(log.data[0]?.headers.authorization).toBe("Bearer <valid>");
  });

  it("searchRecords sends the FilterGroup; getRecord answers the flat record", async () => {
    const page = await client().searchRecords("vacancies", {
      operator: "and",
      filters: [
        { field: "status", operator: "eq", value: "open" },
        { field: "id", operator: "in", value: [V(1), V(5)] },
      ],
    });
    expect(page).toEqual({
      data: [expect.objectContaining({ id: V(1) })],
      total: 1,
      nextCursor: null,
    });
    const record = await getRecord(client(), "candidates", kasarCandidateId(1));
    expect(record).toMatchObject({
      id: kasarCandidateId(1),
      email: ALICE_EMAIL,
      first_name: "Alice",
    });
  });

  it("getSchema and listSchema parse the field descriptions", async () => {
    const vacancies = await client().getSchema("vacancies");
    expect(vacancies.fields.find((f) => f.name === "status")).toEqual({
      name: "status",
      label: "Status",
      type: "select",
      required: true,
      unique: false,
      read_only: false,
      default: "open",
      description: null,
      options: [
        { value: "open", label: "Open" },
        { value: "closed", label: "Closed" },
      ],
    });
    expect((await listSchema(client())).map((o) => o.name)).toEqual(["vacancies", "candidates"]);
  });
});

describe("writes", () => {
  it("batchUpsert on email is idempotent: a retry answers the same record", async () => {
    const [first] = await client().batchUpsert("candidates", "email", [candidate]);
    const [again] = await client().batchUpsert("candidates", "email", [
      { ...candidate, motivation: "retry" },
    ]);
    expect(again?.id).toBe(first?.id);
    expect(again?.motivation).toBe("retry");
    const all = (await control("GET", "/records?object=candidates")) as { total: number };
    expect(all.total).toBe(6);
  });

  it("createRecord then a second create with the same email fails as a permanent DUPLICATE_RECORD", async () => {
    const created = await createRecord(client(), "candidates", candidate);
    expect(created).toMatchObject({ ...candidate, source: "website" });
    const error = await failure(createRecord(client(), "candidates", candidate));
    expect([error.failure, error.status, error.code, error.duplicate, error.transient]).toEqual([
      "client_error",
      409,
      "DUPLICATE_RECORD",
      true,
      false,
    ]);
    expect(error.items).toEqual([
      {
        type: "DUPLICATE_RECORD",
        message: "A candidates record with email 'noor@example.com' already exists",
      },
    ]);
    expect(error.message).toBe("Kasar records.create failed: client_error (HTTP 409)");
  });

  it("updateRecord, batchCreate, batchUpdate, associate and dissociate", async () => {
    expect(await updateRecord(client(), "vacancies", V(1), { status: "closed" })).toMatchObject({
      id: V(1),
      status: "closed",
    });
    const [made] = await batchCreate(client(), "candidates", [candidate]);
    const id = made?.id ?? "";
    expect(await batchUpdate(client(), "candidates", [{ id, phone: "+31 20 123 4567" }])).toEqual([
      expect.objectContaining({ id, phone: "+31 20 123 4567" }),
    ]);
    await client().associate("candidates", id, "vacancies", V(2));
    await client().associate("candidates", id, "vacancies", V(2));
    expect((await getRecord(client(), "candidates", id)).associations).toEqual({
      vacancies: [V(2)],
    });
    await dissociate(client(), "candidates", id, "vacancies", V(2));
    expect((await getRecord(client(), "candidates", id)).associations).toEqual({});
  });
});

describe("failures", () => {
  it("a missing record is a permanent 404 RECORD_NOT_FOUND", async () => {
    const error = await failure(getRecord(client(), "vacancies", "nope"));
    expect([error.failure, error.notFound, error.code, error.transient]).toEqual([
      "client_error",
      true,
      "RECORD_NOT_FOUND",
      false,
    ]);
  });

  it("429 is transient with Retry-After; 403 from a read-only token is permanent", async () => {
    await control("PUT", "/settings", { rateLimit: { limit: 1, windowSeconds: 20 } });
    await listSchema(client());
    const limited = await failure(listSchema(client()));
    expect([
      limited.failure,
      limited.status,
      limited.retryAfterSeconds,
      limited.code,
      limited.transient,
    ]).toEqual(["rate_limited", 429, 20, "RATE_LIMITED", true]);
    const denied = await failure(
      createRecord(client(KASAR_READONLY_TOKEN), "candidates", candidate),
    );
    expect([denied.failure, denied.status, denied.code, denied.transient]).toEqual([
      "client_error",
      403,
      "PERMISSION_DENIED",
      false,
    ]);
  });

  it("5xx is transient; a hang times out; a malformed answer is invalid_response; no error carries the token", async () => {
    await control("POST", "/faults", { path: "/api/v1/schema", status: 503, times: 1 });
    const down = await failure(listSchema(client()));
    expect([down.failure, down.status, down.transient]).toEqual(["server_error", 503, true]);

    await control("POST", "/faults", { path: "/api/v1/schema/*", hang: true, times: 1 });
    const started = Date.now();
    const hung = await failure(client(KASAR_DEMO_TOKEN, 300).getSchema("vacancies"));
    expect([hung.failure, hung.transient]).toEqual(["timeout", true]);
    expect(Date.now() - started).toBeLessThan(5_000);

    await control("POST", "/faults", {
      path: "/api/v1/records/*",
      status: 200,
      body: { data: [{ name: "no id" }] },
      times: 1,
    });
    const broken = await failure(client().listRecords("vacancies"));
    expect([broken.failure, broken.status, broken.transient]).toEqual([
      "invalid_response",
      200,
      false,
    ]);

    const offline = createKasarClient({
      baseUrl: "http://127.0.0.1:9",
      token: KASAR_DEMO_TOKEN,
      timeoutMs: 2_000,
    });
    const unreachable = await failure(listSchema(offline));
    expect(["network", "timeout"]).toContain(unreachable.failure);

    for (const error of [down, hung, broken, unreachable]) {
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(KASAR_DEMO_TOKEN);
    }
  });
});
