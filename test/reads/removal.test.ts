import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAREERS_ROOT_SLUG, OPEN_VACANCY_SLUG, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { caraerApi, control, edgeWith, emulatorRequests, injectFault, resetAll } from "../helpers";
import type { ErrorBody } from "./fixtures";

// docs/kv-keys.md, "Freshness after removal": once a refresh learns that a
// record or page is gone or out of scope, the edge answers 404 and keeps
// answering it from a tombstone without asking Caraer again.

const DETAIL = `/v1/lists/vacancies/${OPEN_VACANCY_UUID}`;
const PREVIEW = `${DETAIL}/previews/card`;
const PAGE = `/v1/pages/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`;

const baseList = (env as unknown as { LISTS: { vacancies: Record<string, unknown> } }).LISTS
  .vacancies;
/** Entries fresh for 2 s and then stale for an hour, for lists and pages alike. */
const SHORT_TTL = {
  LISTS: { vacancies: { ...baseList, ttl: 2, staleTtl: 3600 } },
  PAGE_TTL: 2,
  PAGE_STALE_TTL: 3600,
};
const read = (path: string) => edgeWith(SHORT_TTL, path);
const pastTtl = () => new Promise((resolve) => setTimeout(resolve, 2_100));
const upstreamCalls = async () => (await emulatorRequests()).length;

const NOT_FOUND_MESSAGE: Record<string, string> = {
  [DETAIL]: "No such record.",
  [PREVIEW]: "No such record or preview.",
  [PAGE]: "No such page.",
};

/** Caches every path (MISS, then HIT without an upstream call). */
async function warm(paths: string[]): Promise<void> {
  for (const path of paths) {
    const first = await read(path);
    expect([first.status, first.headers.get("X-Cache")]).toEqual([200, "MISS"]);
    const calls = await upstreamCalls();
    const second = await read(path);
    expect([second.status, second.headers.get("X-Cache")]).toEqual([200, "HIT"]);
    expect(await upstreamCalls()).toBe(calls);
  }
}

/** The next read answers 404 with the exact envelope; the one after that asks Caraer nothing. */
async function expectGone(path: string): Promise<void> {
  const first = await read(path);
  expect(first.status).toBe(404);
  expect(await first.json()).toEqual({
    error: {
      code: "NOT_FOUND",
      message: NOT_FOUND_MESSAGE[path],
      requestId: first.headers.get("X-Request-Id"),
    },
  });
  const calls = await upstreamCalls();
  const second = await read(path);
  expect(second.status).toBe(404);
  expect(((await second.json()) as ErrorBody).error.code).toBe("NOT_FOUND");
  expect(await upstreamCalls()).toBe(calls);
}

beforeEach(async () => {
  await resetAll();
  // The public property set is loaded once up front, so a MISS below is one quick upstream call
  // and the HIT that follows it lands well within the 2 s ttl.
  expect((await read("/v1/lists/vacancies?limit=1")).status).toBe(200);
});
afterEach(() => vi.restoreAllMocks());

// Each test waits past a 2 s ttl and makes a dozen requests: more than the default 5 s on a busy machine.
describe("removed content after ttl", { timeout: 30_000 }, () => {
  it("archive: the detail, the preview and the page answer 404 on the next read", async () => {
    await warm([DETAIL, PREVIEW, PAGE]);
    const archived = await caraerApi(`/records/${OPEN_VACANCY_UUID}?mode=archive`, {
      method: "DELETE",
    });
    expect(archived.status).toBe(200);
    await pastTtl();
    for (const path of [DETAIL, PREVIEW, PAGE]) await expectGone(path);
  });

  it("close (out of the list's scope): the detail and the preview answer 404 on the next read", async () => {
    await warm([DETAIL, PREVIEW]);
    const closed = await caraerApi(`/records/vacancy/${OPEN_VACANCY_UUID}`, {
      method: "PUT",
      body: JSON.stringify({ properties: { status_vacancy: "closed" } }),
    });
    expect(closed.status).toBe(200);
    await pastTtl();
    for (const path of [DETAIL, PREVIEW]) await expectGone(path);
  });

  it("unpublish: the page answers 404 on the next read", async () => {
    await warm([PAGE]);
    await control(`/webpages/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`, {
      method: "PUT",
      body: JSON.stringify({ isPublished: false }),
    });
    await pastTtl();
    await expectGone(PAGE);
  });

  it("keeps no tombstone for a key that never held an entry: each read of an unknown record asks Caraer", async () => {
    const unknown = "/v1/lists/vacancies/30000000-0000-4000-8000-000000000999";
    const indexCalls = async () =>
      (await emulatorRequests({ path: "/api/v2/records/index" })).length;
    const before = await indexCalls();
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await read(unknown)).status).toBe(404);
    }
    expect(await indexCalls()).toBe(before + 2);
  });

  it("still serves the stale copy when the refresh fails (stale-if-error), and asks again next time", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await warm([DETAIL]);
    await pastTtl();
    await injectFault({ method: "POST", path: "/api/v2/records/index", status: 503 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const stale = await read(DETAIL);
      expect([stale.status, stale.headers.get("X-Cache")]).toEqual([200, "STALE"]);
    }
    const failures = (await emulatorRequests({ path: "/api/v2/records/index" })).filter(
      (request) => request.status === 503,
    );
    expect(failures).toHaveLength(2);
  });

  it("answers a fresh value, not a stale one, on the first read after ttl", async () => {
    await warm([DETAIL]);
    await caraerApi(`/records/vacancy/${OPEN_VACANCY_UUID}`, {
      method: "PUT",
      body: JSON.stringify({ properties: { title: "Principal Frontend Developer" } }),
    });
    await pastTtl();
    const response = await read(DETAIL);
    expect([response.status, response.headers.get("X-Cache")]).toEqual([200, "MISS"]);
    // No stale-while-revalidate for browsers either: they must not show a removed record once more.
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=2, stale-if-error=3600");
    expect(
      ((await response.json()) as { data: { properties: { title: string } } }).data.properties
        .title,
    ).toBe("Principal Frontend Developer");
  });
});
