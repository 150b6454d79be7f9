import { beforeEach, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  CAREERS_ROOT_SLUG,
  DEMO_API_TOKEN,
  DEMO_COMPANY_UUID,
  DEMO_SUBDOMAIN,
  INTERNAL_NOTES_MARKER,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../src/demo";
import {
  AUTH,
  C,
  call,
  type Envelope,
  type ErrorBody,
  raw,
  rawAll,
  reset,
  send,
  V,
} from "./helpers";

const control = <T = unknown>(method: string, path: string, body?: unknown) =>
  call<T>(method, `/__emulator${path}`, body, { auth: false });
const addFault = async (fault: Record<string, unknown>) => {
  const res = await control<{ id: string }>("POST", "/faults", fault);
  expect(res.status).toBe(200);
  return res.body.id;
};
const getVacancy = (n = 1) => call<Envelope<unknown> & ErrorBody>("GET", `/api/v2/records/${V(n)}`);
const newCandidate = (email = "c@example.com") =>
  call<Envelope<{ uuid: string }>>("POST", "/api/v2/records/candidate", {
    properties: { firstname: "C", lastname: "D", email },
  });
const FORM_PATH = `/api/v2/forms/public/${DEMO_COMPANY_UUID}/${APPLICATION_FORM_UUID}`;

interface Logged {
  id: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  auth: string;
  body: unknown;
  status: number | null;
}
const log = async (query = "") =>
  (await control<{ data: Logged[] }>("GET", `/requests${query}`)).body.data;

describe("POST /__emulator/reset", () => {
  beforeEach(() => reset());

  it("restores the demo data and clears faults, settings and the log", async () => {
    await newCandidate();
    await addFault({ path: "/nowhere", status: 500 });
    await control("PUT", "/settings", { webpageLeaksPrivate: true });
    expect(await rawAll("candidate")).toHaveLength(10);
    const res = await control<Envelope<{ seed: number }>>("POST", "/reset");
    expect(res.body).toEqual({ message: "Emulator reset", data: { seed: 1 } });
    expect(await rawAll("candidate")).toHaveLength(9);
    expect((await control<{ data: unknown[] }>("GET", "/faults")).body.data).toEqual([]);
    expect((await control<{ data: unknown }>("GET", "/settings")).body.data).toEqual({
      webpageLeaksPrivate: false,
    });
    expect(await log()).toEqual([]);
  });

  it("reseeds identifiers: the same seed gives the same new UUIDs", async () => {
    await reset(3);
    const a = (await newCandidate()).body.data.uuid;
    await reset(3);
    expect((await newCandidate()).body.data.uuid).toBe(a);
    await reset(4);
    expect((await newCandidate()).body.data.uuid).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("faults", () => {
  beforeEach(() => reset());

  it("answers a status with Retry-After and Caraer's envelope, without processing", async () => {
    const id = await addFault({
      method: "GET",
      path: "/api/v2/records/*",
      status: 503,
      retryAfter: 7,
    });
    expect(id).toBe("fault-1");
    const res = await getVacancy();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.body).toEqual({
      message: "Injected fault fault-1",
      status: 503,
      errors: [
        {
          type: "INTERNAL_SERVER_ERROR",
          message: "Injected fault fault-1 (status 503)",
          correctionSuggestion: "Retry later.",
        },
      ],
      requestId: expect.stringMatching(/^emu-/),
    });
    // Other methods are not affected.
    expect((await call("POST", "/api/v2/records/index", { mainObject: "vacancy" })).status).toBe(
      200,
    );
  });

  it("answers a custom JSON or text body; a body without status is a 500", async () => {
    await addFault({ path: "/api/v2/records/index", status: 429, body: { error: "slow down" } });
    const json = await call("POST", "/api/v2/records/index", { mainObject: "vacancy" });
    expect([json.status, json.body]).toEqual([429, { error: "slow down" }]);
    await control("DELETE", "/faults");
    await addFault({ path: "/api/v2/records/**", body: "<html>Bad gateway</html>" });
    const text = await getVacancy();
    expect([text.status, text.body, text.headers.get("content-type")]).toEqual([
      500,
      "<html>Bad gateway</html>",
      "text/plain; charset=utf-8",
    ]);
  });

  it("delays the real answer with latencyMs alone", async () => {
    await addFault({ path: "/api/v2/records/**", latencyMs: 150 });
    const started = Date.now();
    const res = await getVacancy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(res.status).toBe(200);
  });

  it("hangs without answering; the client's own timeout ends the wait", async () => {
    await addFault({ path: "/api/v2/forms/public/**", hang: true });
    const attempt = send(FORM_PATH, { signal: AbortSignal.timeout(200) });
    await expect(attempt).rejects.toThrow();
    const entry = (await log()).at(-1);
    expect(entry).toMatchObject({ path: FORM_PATH, status: null });
  });

  it("applies at most `times` times and counts applications", async () => {
    await addFault({ path: "/api/v2/records/*", status: 500, times: 2 });
    expect([
      (await getVacancy()).status,
      (await getVacancy()).status,
      (await getVacancy()).status,
    ]).toEqual([500, 500, 200]);
    const listed = await control<{ data: { id: string; applied: number; times: number }[] }>(
      "GET",
      "/faults",
    );
    expect(listed.body.data).toEqual([
      { id: "fault-1", path: "/api/v2/records/*", status: 500, times: 2, applied: 2 },
    ]);
  });

  it("phase after: the request changes state, then the answer is replaced (a lost response)", async () => {
    await addFault({
      method: "POST",
      path: "/api/v2/records/candidate",
      status: 502,
      phase: "after",
    });
    const res = await newCandidate("lost@example.com");
    expect(res.status).toBe(502);
    const stored = await rawAll("candidate");
    expect(stored).toHaveLength(10);
    expect(stored.some((r) => r.values.email === "lost@example.com")).toBe(true);
  });

  it("phase after with hang: the state changes and the answer never comes", async () => {
    await addFault({ method: "DELETE", path: "/api/v2/records/*", hang: true, phase: "after" });
    const attempt = send(`/api/v2/records/${C(2)}`, {
      method: "DELETE",
      headers: AUTH,
      signal: AbortSignal.timeout(200),
    });
    await expect(attempt).rejects.toThrow();
    expect((await raw(C(2))).deletedAt).toEqual(expect.any(Number));
  });

  it("draws errorRate from the seeded PRNG: same seed, same pattern", async () => {
    const pattern = async (seed: number) => {
      await reset(seed);
      await addFault({ method: "GET", path: "/api/v2/records/*", status: 500, errorRate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await getVacancy()).status);
      return statuses;
    };
    const first = await pattern(42);
    expect(await pattern(42)).toEqual(first);
    expect(await pattern(43)).not.toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(500);
  });

  it("gives a fault with a seed its own stream, untouched by other faults and requests", async () => {
    const GET_RECORD = { method: "GET", path: "/api/v2/records/*", status: 500, errorRate: 0.5 };
    const pattern = async (seed: number, noise: boolean) => {
      await reset(noise ? 7 : 8);
      // A fault tried first on every request, drawing from the shared stream.
      if (noise) await addFault({ ...GET_RECORD, status: 503, errorRate: 0.3 });
      await addFault({ ...GET_RECORD, seed });
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        if (noise) await call("GET", `/api/v2/records/${C(1)}/previews/card`);
        const status = (await getVacancy()).status;
        if (status !== 503) statuses.push(status);
      }
      return statuses.slice(0, 12);
    };
    const quiet = await pattern(42, false);
    expect(quiet).toHaveLength(12);
    expect(quiet).toContain(200);
    expect(quiet).toContain(500);
    expect(await pattern(42, true)).toEqual(quiet);
    expect(await pattern(43, false)).not.toEqual(quiet);
    expect((await control("POST", "/faults", { path: "/x", seed: -1 })).status).toBe(400);
  });

  it("matches globs: * is one segment, ** any rest", async () => {
    await addFault({ path: "/api/v2/records/*", status: 418 });
    expect((await call("GET", `/api/v2/records/${V(1)}/previews/card`)).status).toBe(200);
    expect((await getVacancy()).status).toBe(418);
    await control("DELETE", "/faults");
    await addFault({ path: "/api/v2/records/**", status: 418 });
    expect((await call("GET", `/api/v2/records/${V(1)}/previews/card`)).status).toBe(418);
    await control("DELETE", "/faults");
    await addFault({ path: "/api/v2/records/3*", status: 418 });
    expect((await getVacancy()).status).toBe(418);
    expect((await call("GET", `/api/v2/records/${C(1)}`)).status).toBe(200);
  });

  it("never faults the control API", async () => {
    await addFault({ path: "/**", status: 500 });
    expect((await control("GET", "/faults")).status).toBe(200);
    expect((await getVacancy()).status).toBe(500);
  });

  it("lists, deletes one, deletes all; refuses malformed faults", async () => {
    const a = await addFault({ path: "/a", status: 500 });
    const b = await addFault({ path: "/b", latencyMs: 10 });
    expect(
      (await control<{ data: { id: string }[] }>("GET", "/faults")).body.data.map((f) => f.id),
    ).toEqual([a, b]);
    expect((await control("DELETE", `/faults/${a}`)).status).toBe(200);
    expect((await control("DELETE", `/faults/${a}`)).status).toBe(404);
    expect(
      (await control<{ data: { id: string }[] }>("GET", "/faults")).body.data.map((f) => f.id),
    ).toEqual([b]);
    expect((await control("DELETE", "/faults")).body).toEqual({ data: { removed: 1 } });
    for (const bad of [
      {},
      { path: "/x", status: 99 },
      { path: "/x", errorRate: 2 },
      { path: "/x", phase: "during" },
    ]) {
      expect((await control("POST", "/faults", bad)).status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe("request log", () => {
  beforeEach(() => reset());

  it("records method, path, query, headers (credentials masked), auth, body and status", async () => {
    await send(`/api/v2/records/${OPEN_VACANCY_UUID}?parse=true&recordReturnFormat=USER_FRIENDLY`, {
      headers: AUTH,
    });
    await call(
      "POST",
      "/api/v2/records/index",
      { mainObject: "vacancy" },
      { headers: { authorization: "Bearer wrong" } },
    );
    const form = new FormData();
    form.append("files", new File(["%PDF-1.4 demo"], "cv.pdf", { type: "application/pdf" }));
    form.append("note", "hi");
    await send(`${FORM_PATH}/upload`, { method: "POST", body: form });
    await send("/api/v2/records/index", {
      method: "POST",
      headers: { ...AUTH, "content-type": "text/plain" },
      body: "hello",
    });
    await control("GET", "/faults");

    const entries = await log();
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({
      id: 1,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      method: "GET",
      path: `/api/v2/records/${OPEN_VACANCY_UUID}`,
      query: { parse: "true", recordReturnFormat: "USER_FRIENDLY" },
      headers: { authorization: "Bearer <valid>", "x-caraer-company-uuid": DEMO_COMPANY_UUID },
      auth: "valid",
      body: null,
      status: 200,
    });
    expect(entries[1]).toMatchObject({
      method: "POST",
      auth: "invalid",
      headers: { authorization: "Bearer <invalid>", "content-type": "application/json" },
      body: { mainObject: "vacancy" },
      status: 401,
    });
    expect(entries[2]).toMatchObject({
      auth: "missing",
      body: {
        parts: [
          { name: "files", filename: "cv.pdf", type: "application/pdf", size: 13 },
          { name: "note", size: 2 },
        ],
      },
      status: 200,
    });
    expect(entries[2]?.headers.authorization).toBeUndefined();
    expect(entries[3]).toMatchObject({ body: "hello", status: 400 });
    expect(JSON.stringify(entries)).not.toContain(DEMO_API_TOKEN);
  });

  it("filters by method and path glob, and clears", async () => {
    await getVacancy();
    await call("POST", "/api/v2/records/index", { mainObject: "vacancy" });
    await send(FORM_PATH);
    expect((await log("?method=post")).map((e) => e.path)).toEqual(["/api/v2/records/index"]);
    expect((await log("?path=/api/v2/forms/**")).map((e) => e.path)).toEqual([FORM_PATH]);
    expect((await log("?method=GET&path=/api/v2/records/*")).map((e) => e.path)).toEqual([
      `/api/v2/records/${V(1)}`,
    ]);
    expect((await control("DELETE", "/requests")).body).toEqual({ data: { removed: 3 } });
    expect(await log()).toEqual([]);
  });

  it("records the status a fault answered", async () => {
    await addFault({ path: "/api/v2/records/*", status: 503 });
    await getVacancy();
    expect((await log()).map((e) => e.status)).toEqual([503]);
  });
});

describe("settings and raw records", () => {
  beforeEach(() => reset());

  it("reads and updates settings", async () => {
    expect((await control("PUT", "/settings", { webpageLeaksPrivate: true })).body).toEqual({
      data: { webpageLeaksPrivate: true },
    });
    expect((await control("PUT", "/settings", {})).body).toEqual({
      data: { webpageLeaksPrivate: true },
    });
    expect((await control("PUT", "/settings", { webpageLeaksPrivate: "yes" })).status).toBe(400);
  });

  it("shows stored records raw: nonPublic values and relations included", async () => {
    const vacancy = await raw(OPEN_VACANCY_UUID);
    expect(String(vacancy.values.internal_notes)).toContain(INTERNAL_NOTES_MARKER);
    expect(vacancy).toMatchObject({
      object: "vacancy",
      deletedAt: null,
      anonymized: false,
      createdAt: Date.UTC(2025, 2, 3, 9),
    });
    expect(
      vacancy.relations.map((r) => [r.relation, r.direction, r.recordUuid, r.object, r.primary]),
    ).toEqual([
      ["applied_for", "incoming", C(2), "candidate", true],
      ["applied_for", "incoming", C(7), "candidate", false],
    ]);
    expect(await rawAll("vacancy")).toHaveLength(32);
    expect(await rawAll("candidate")).toHaveLength(9);
    expect((await control("GET", `/records/${V(99)}`)).status).toBe(404);
  });

  it("unpublishes and republishes a webpage until the next reset", async () => {
    const path = `/api/v2/webpages/public/${CAREERS_ROOT_SLUG}/${OPEN_VACANCY_SLUG}`;
    const page = () =>
      call("GET", path, undefined, {
        auth: false,
        headers: { "x-caraer-subdomain": DEMO_SUBDOMAIN },
      });
    const toggle = (isPublished: unknown, slug = OPEN_VACANCY_SLUG) =>
      control("PUT", `/webpages/${CAREERS_ROOT_SLUG}/${slug}`, { isPublished });
    expect((await page()).status).toBe(200);
    expect((await toggle(false)).body).toEqual({
      data: { rootSlug: CAREERS_ROOT_SLUG, slug: OPEN_VACANCY_SLUG, isPublished: false },
    });
    expect((await page()).status).toBe(404);
    expect((await toggle(true)).status).toBe(200);
    expect((await page()).status).toBe(200);
    expect((await toggle(false)).status).toBe(200);
    await reset();
    expect((await page()).status).toBe(200);
    expect((await toggle("no")).status).toBe(400);
    expect((await toggle(false, "no-such-page")).status).toBe(404);
  });
});
