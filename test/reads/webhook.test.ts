import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CAREERS_ROOT_SLUG,
  DEMO_COMPANY_UUID,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../../emulator/src/demo";
import { kvKeys } from "../../src/cache/keys";
import { caraerApi, edgeSettled, edgeWith, emulatorRequests, resetAll } from "../helpers";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import { type ErrorBody, type ListBody, vacancy } from "./fixtures";

const LIST = "/v1/lists/vacancies?limit=50";
const DETAIL = `/v1/lists/vacancies/${OPEN_VACANCY_UUID}`;
const PREVIEW = `${DETAIL}/previews/card`;
const PAGE = `/v1/pages/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`;

function event(overrides: Record<string, unknown> = {}) {
  return {
    event: { type: "Updated", timestamp: 1767225600000, correlationId: "c-1" },
    record: {
      record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy", properties: { title: "x" } },
    },
    companyUuid: DEMO_COMPANY_UUID,
    ...overrides,
  };
}

function hook(
  body: unknown,
  auth: { bearer?: string; query?: string } = { bearer: TEST_WEBHOOK_SECRET },
) {
  const query = auth.query === undefined ? "" : `?secret=${encodeURIComponent(auth.query)}`;
  return edgeSettled(`/v1/hooks/caraer${query}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(auth.bearer ? { Authorization: `Bearer ${auth.bearer}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function titleIn(path: string): Promise<unknown> {
  const body = (await (await edgeSettled(path)).json()) as
    | ListBody
    | { data: ListBody["data"][number] & { record?: ListBody["data"][number] } };
  const record = Array.isArray(body.data)
    ? body.data.find((r) => r.uuid === OPEN_VACANCY_UUID)
    : (body.data.record ?? body.data);
  return record?.properties.title;
}

beforeEach(async () => {
  await resetAll();
  // Warm the caches with the original title, then change it in Caraer.
  expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
  expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  expect(await titleIn(PAGE)).toBe("Senior Frontend Developer");
  const update = await caraerApi(`/records/vacancy/${OPEN_VACANCY_UUID}`, {
    method: "PUT",
    body: JSON.stringify({ properties: { title: "Lead Frontend Developer" } }),
  });
  expect(update.status).toBe(200);
});
afterEach(() => vi.restoreAllMocks());

describe("POST /v1/hooks/caraer", () => {
  it("invalidates the object's lists and the record's detail and previews", async () => {
    expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
    const response = await hook(event());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { invalidated: Record<string, unknown> } };
    expect(body.data.invalidated).toEqual({
      object: "vacancy",
      generation: expect.any(Number),
    });
    const list = await edgeSettled(LIST);
    expect(list.headers.get("X-Cache")).toBe("MISS");
    expect(
      ((await list.json()) as ListBody).data.find((r) => r.uuid === OPEN_VACANCY_UUID)?.properties
        .title,
    ).toBe("Lead Frontend Developer");
    expect(await titleIn(DETAIL)).toBe("Lead Frontend Developer");
  });

  it("invalidates the CMS page backed by the record", async () => {
    expect(await titleIn(PAGE)).toBe("Senior Frontend Developer");
    expect((await hook(event())).status).toBe(200);
    expect(await titleIn(PAGE)).toBe("Lead Frontend Developer");
  });

  it("after an archive and its webhook, the detail, preview and page answer 404 at once, then without asking Caraer", async () => {
    expect((await edgeSettled(PREVIEW)).status).toBe(200);
    const archived = await caraerApi(`/records/${OPEN_VACANCY_UUID}?mode=archive`, {
      method: "DELETE",
    });
    expect(archived.status).toBe(200);
    expect((await hook(event({ event: { type: "Deleted" } }))).status).toBe(200);
    for (const [path, message] of [
      [DETAIL, "No such record."],
      [PREVIEW, "No such record or preview."],
      [PAGE, "No such page."],
    ] as const) {
      const gone = await edgeSettled(path);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({
        error: { code: "NOT_FOUND", message, requestId: gone.headers.get("X-Request-Id") },
      });
      const calls = (await emulatorRequests()).length;
      expect((await edgeSettled(path)).status).toBe(404);
      expect((await emulatorRequests()).length).toBe(calls);
    }
    // Restoring it (and its webhook) brings it back at once: the tombstone follows the generation.
    await caraerApi(`/records/${OPEN_VACANCY_UUID}/restore`, { method: "POST" });
    expect((await hook(event())).status).toBe(200);
    expect((await edgeSettled(DETAIL)).status).toBe(200);
  });

  it("accepts the secret as a query parameter", async () => {
    const response = await hook(event(), { query: TEST_WEBHOOK_SECRET });
    expect(response.status).toBe(200);
    expect(await titleIn(DETAIL)).toBe("Lead Frontend Developer");
  });

  it("answers 401 to a missing or wrong secret and changes nothing", async () => {
    for (const auth of [
      {},
      { bearer: "wrong-secret-value-123456" },
      { query: `${TEST_WEBHOOK_SECRET}x` },
    ]) {
      const response = await hook(event(), auth);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe("UNAUTHORIZED");
    }
    expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
    expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  });

  it("answers 400 to a payload that is not a record event, and ignores other companies", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const bad = await hook({ event: { type: "Updated" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.map((issue) => issue.field)).toEqual([
      "record",
    ]);
    const other = await hook(event({ companyUuid: "00000000-0000-4000-8000-000000000000" }));
    expect(await other.json()).toEqual({ data: { invalidated: null } });
    expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  });

  it("logs the event without any property value from the payload", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    await hook(
      event({
        record: {
          record: {
            uuid: OPEN_VACANCY_UUID,
            objectName: "vacancy",
            properties: { recruiter_email: "leak@internal.example" },
          },
        },
      }),
    );
    const logged = lines.find((line) => line.includes("webhook.invalidated"));
    expect(JSON.parse(logged ?? "{}")).toEqual({
      requestId: expect.any(String),
      eventType: "Updated",
      object: "vacancy",
      generation: expect.any(Number),
      level: "info",
      event: "webhook.invalidated",
      route: "POST /v1/hooks/caraer",
    });
    expect(lines.join("\n")).not.toContain("leak@internal.example");
  });
});

/**
 * The real KV namespace, refusing a second write to one key within a second
 * the way Cloudflare's KV does (429); local KV does not enforce that limit.
 */
function kvWithWriteLimit(kv: KVNamespace): { kv: KVNamespace; writes: string[] } {
  const lastWrite = new Map<string, number>();
  const writes: string[] = [];
  const limited = (key: string) => {
    const now = Date.now();
    const last = lastWrite.get(key);
    if (last !== undefined && now - last < 1_000) {
      throw new Error(`KV PUT failed: 429 Too Many Requests (${key})`);
    }
    lastWrite.set(key, now);
    writes.push(key);
  };
  const wrapped = Object.create(kv) as KVNamespace;
  Object.assign(wrapped, {
    get: kv.get.bind(kv),
    getWithMetadata: kv.getWithMetadata.bind(kv),
    list: kv.list.bind(kv),
    put: async (
      key: string,
      ...rest: Parameters<KVNamespace["put"]> extends [string, ...infer R] ? R : never
    ) => {
      limited(key);
      return kv.put(key, ...rest);
    },
    delete: async (key: string) => {
      limited(key);
      return kv.delete(key);
    },
  });
  return { kv: wrapped, writes };
}

describe("a burst of webhooks (a bulk edit in Caraer)", { timeout: 30_000 }, () => {
  it("answers every one of 200 webhooks for one object with 200, advances the generation, and lists miss", async () => {
    const { kv, writes } = kvWithWriteLimit(env.CACHE);
    const generationKey = await kvKeys.generation("vacancy");
    const before = Number((await env.CACHE.get(generationKey)) ?? 0);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        edgeWith({ CACHE: kv }, "/v1/hooks/caraer", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Authorization: `Bearer ${TEST_WEBHOOK_SECRET}`,
          },
          body: JSON.stringify(
            event({
              record: { record: { uuid: vacancy((i % 28) + 1), objectName: "vacancy" } },
            }),
          ),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(200));
    const generations = await Promise.all(
      responses.map(
        async (response) =>
          ((await response.json()) as { data: { invalidated: { generation: number } } }).data
            .invalidated.generation,
      ),
    );
    const latest = Math.max(...generations);
    expect(latest).toBeGreaterThan(before);
    // Every bump got its own generation: none was lost to a concurrent one.
    expect(new Set(generations).size).toBe(200);
    // No key was written twice within a second (the wrapper would have thrown).
    expect(new Set(writes).size).toBe(writes.length);

    const list = await edgeSettled(LIST);
    expect([list.status, list.headers.get("X-Cache")]).toEqual([200, "MISS"]);

    // The stored generation catches up with the last bump (written at most once a second).
    const deadline = Date.now() + 5_000;
    let stored = 0;
    while (Date.now() < deadline) {
      stored = Number((await env.CACHE.get(generationKey)) ?? 0);
      if (stored === latest) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(stored).toBe(latest);
  });
});
