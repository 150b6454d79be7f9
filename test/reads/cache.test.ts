import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APPLICATION_FORM_UUID,
  OPEN_VACANCY_UUID,
  SKILLS_PROPERTY_UUID,
} from "../../emulator/src/demo";
import { edgeSettled, edgeWith, emulatorRequests, injectFault, resetAll } from "../helpers";
import { type ErrorBody, indexCalls, type ListBody, renameVacancy } from "./fixtures";

const LIST = "/v1/lists/vacancies?limit=2";
const baseList = (env as unknown as { LISTS: { vacancies: Record<string, unknown> } }).LISTS
  .vacancies;

/** The demo list with other freshness settings. */
function withFreshness(ttl: number, staleTtl: number) {
  return { LISTS: { vacancies: { ...baseList, ttl, staleTtl } } };
}

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

describe("KV read cache", () => {
  it("answers MISS, then HIT from KV without asking Caraer again", async () => {
    const first = await edgeSettled(LIST);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    expect(first.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=86400, stale-if-error=86400",
    );
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{24}"$/);
    const firstBody = await first.text();

    const second = await edgeSettled(LIST);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(second.headers.get("ETag")).toBe(etag);
    expect(await second.text()).toBe(firstBody);
    expect(await indexCalls()).toBe(1);
  });

  it("shares one entry between equivalent queries", async () => {
    await edgeSettled(
      "/v1/lists/vacancies?filter[location]=Utrecht&filter[location]=Amsterdam&q=Data&limit=5",
    );
    const same = await edgeSettled(
      "/v1/lists/vacancies?limit=5&q=data&filter[location]=Amsterdam&filter[location]=Utrecht",
    );
    expect(same.headers.get("X-Cache")).toBe("HIT");
  });

  it("answers 304 to a matching If-None-Match, keeping the caching headers", async () => {
    const first = await edgeSettled(LIST);
    const etag = first.headers.get("ETag") ?? "";
    const revalidated = await edgeSettled(LIST, { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("ETag")).toBe(etag);
    expect(revalidated.headers.get("Cache-Control")).toBe(first.headers.get("Cache-Control"));
    expect(revalidated.headers.get("X-Cache")).toBe("HIT");
    const other = await edgeSettled(LIST, { headers: { "If-None-Match": '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it("serves a stale copy at once and refreshes it in the background", async () => {
    const settings = withFreshness(0, 3600);
    const first = await edgeWith(settings, LIST);
    const title = ((await first.json()) as ListBody).data[0]?.properties.title;
    expect(title).toBe("Support Engineer");

    await renameVacancy("30000000-0000-4000-8000-000000000018", "Support Engineer II");
    const stale = await edgeWith(settings, LIST);
    expect(stale.headers.get("X-Cache")).toBe("STALE");
    expect(((await stale.json()) as ListBody).data[0]?.properties.title).toBe("Support Engineer");

    // The background refresh of the previous request has stored the new value.
    const refreshed = await edgeWith(settings, LIST);
    expect(((await refreshed.json()) as ListBody).data[0]?.properties.title).toBe(
      "Support Engineer II",
    );
  });

  it("keeps serving the stale copy while Caraer fails (stale-if-error)", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const settings = withFreshness(0, 3600);
    const first = await edgeWith(settings, LIST);
    const body = await first.text();
    await injectFault({ method: "POST", path: "/api/v2/records/index", status: 503 });
    for (let attempt = 0; attempt < 3; attempt++) {
      const stale = await edgeWith(settings, LIST);
      expect(stale.status).toBe(200);
      expect(stale.headers.get("X-Cache")).toBe("STALE");
      expect(await stale.text()).toBe(body);
    }
    const failures = (
      await emulatorRequests({ method: "POST", path: "/api/v2/records/index" })
    ).filter((request) => request.status === 503);
    expect(failures).toHaveLength(3);
  });

  it("answers 503 UPSTREAM_UNAVAILABLE with Retry-After when nothing usable is cached, never the upstream body", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await injectFault({
      method: "POST",
      path: "/api/v2/records/index",
      status: 502,
      retryAfter: 7,
      body: { message: "upstream-internal-detail at db-7" },
    });
    const response = await edgeWith(withFreshness(0, 0), LIST);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("7");
    const text = await response.text();
    expect(text).not.toContain("upstream-internal-detail");
    expect(JSON.parse(text)).toEqual({
      error: {
        code: "UPSTREAM_UNAVAILABLE",
        message: "Caraer is unavailable; try again shortly.",
        requestId: response.headers.get("X-Request-Id"),
      },
    });
  });

  it("answers 503 quickly when Caraer hangs, thanks to the upstream timeout", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await injectFault({ method: "POST", path: "/api/v2/records/index", hang: true });
    const started = Date.now();
    const response = await edgeWith({ ...withFreshness(0, 0), UPSTREAM_TIMEOUT_MS: 300 }, LIST);
    expect(response.status).toBe(503);
    expect(((await response.json()) as ErrorBody).error.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("answers 502 UPSTREAM_ERROR when Caraer rejects a request it should have accepted", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await injectFault({
      method: "POST",
      path: "/api/v2/records/index",
      status: 422,
      body: { message: "nope" },
    });
    const response = await edgeWith(withFreshness(0, 0), LIST);
    expect(response.status).toBe(502);
    expect(((await response.json()) as ErrorBody).error.code).toBe("UPSTREAM_ERROR");
  });

  it("caches record details too", async () => {
    const first = await edgeSettled(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}`);
    const second = await edgeSettled(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}`);
    expect([first.headers.get("X-Cache"), second.headers.get("X-Cache")]).toEqual(["MISS", "HIT"]);
  });
});

describe("KV keys of long valid queries", () => {
  const longest = (char: string) => encodeURIComponent(char.repeat(200));

  async function missThenHit(path: string): Promise<void> {
    const first = await edgeSettled(path);
    expect(first.status, await first.clone().text()).toBe(200);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const second = await edgeSettled(path);
    expect(second.status).toBe(200);
    expect(second.headers.get("X-Cache")).toBe("HIT");
  }

  async function storedKeys(): Promise<string[]> {
    return (await env.CACHE.list()).keys.map((key) => key.name);
  }

  it("serves and caches a list searched with 200 é, under a shortened key", async () => {
    await missThenHit(`/v1/lists/vacancies?q=${longest("é")}`);
    const keys = await storedKeys();
    const long = keys.filter((key) => key.startsWith("v2:list:vacancies:") && key.includes("#"));
    expect(long).toHaveLength(1);
    expect(long[0]).toMatch(
      /^v2:list:vacancies:g\d+:s[0-9a-z]+:limit=10&page=1&q=(%C3%A9)+#[0-9a-f]{64}$/,
    );
    for (const key of keys)
      expect(new TextEncoder().encode(key).byteLength).toBeLessThanOrEqual(512);
  });

  it("serves and caches three 200-character filter values", async () => {
    const value = (n: number) => encodeURIComponent(`${"é".repeat(199)}${n}`);
    await missThenHit(
      `/v1/lists/vacancies?filter[location]=${value(1)}&filter[location]=${value(2)}&filter[location]=${value(3)}`,
    );
    // Equal queries in another order share the entry; a different value does not.
    const reordered = await edgeSettled(
      `/v1/lists/vacancies?filter[location]=${value(3)}&filter[location]=${value(1)}&filter[location]=${value(2)}`,
    );
    expect(reordered.headers.get("X-Cache")).toBe("HIT");
    const other = await edgeSettled(
      `/v1/lists/vacancies?filter[location]=${value(3)}&filter[location]=${value(1)}&filter[location]=${value(4)}`,
    );
    expect(other.headers.get("X-Cache")).toBe("MISS");
  });

  it("serves and caches form options searched with 80 and 200 é", async () => {
    for (const q of [encodeURIComponent("é".repeat(80)), longest("é")]) {
      await missThenHit(
        `/v1/forms/${APPLICATION_FORM_UUID}/options/${SKILLS_PROPERTY_UUID}?q=${q}`,
      );
    }
    const options = (await storedKeys()).filter((key) => key.startsWith("v2:options:"));
    expect(options).toHaveLength(2);
    for (const key of options) expect(key).toMatch(/#[0-9a-f]{64}$/);
  });
});

describe("KV read cache under concurrency", () => {
  beforeEach(resetAll);

  it("sends one upstream request for a burst of concurrent misses on the same key", async () => {
    await injectFault({ method: "POST", path: "/api/v2/records/index", latencyMs: 100 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => edgeSettled("/v1/lists/vacancies?limit=3")),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    const bodies = new Set(await Promise.all(responses.map((response) => response.text())));
    expect(bodies.size).toBe(1);
    expect(await indexCalls()).toBe(1);
  });
});
