import { exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import type { LoggedRequest } from "../../src/control/request-log";
import { KASAR_DEMO_TOKEN, kasarVacancyId } from "../src/demo";
import { api, control, type Rec, reset } from "./helpers";

const addFault = async (fault: Record<string, unknown>) => {
  const res = await control<{ id: string }>("POST", "/faults", fault);
  expect(res.status).toBe(200);
  return res.body.id;
};
const candidates = async () =>
  (await control<{ total: number }>("GET", "/records?object=candidates")).body.total;

type Logged = LoggedRequest;

beforeEach(() => reset());

describe("faults", () => {
  it("answer a Kasar error body for the status, with Retry-After, `times` times", async () => {
    const id = await addFault({
      method: "GET",
      path: "/api/v1/records/vacancies",
      status: 503,
      retryAfter: 7,
      times: 1,
    });
    const faulted = await api("GET", "/records/vacancies");
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get("retry-after")).toBe("7");
    expect(faulted.body).toEqual({
      error: true,
      code: "INTERNAL_ERROR",
      message: `Injected fault ${id} (status 503)`,
    });
    expect((await api("GET", "/records/vacancies")).status).toBe(200);
    const limited = await addFault({ path: "/api/v1/schema", status: 429, retryAfter: 2 });
    expect((await api("GET", "/schema")).body).toEqual({
      error: true,
      code: "RATE_LIMITED",
      message: `Injected fault ${limited} (status 429)`,
    });
    const listed = await control<{ data: { id: string; applied: number }[] }>("GET", "/faults");
    expect(listed.body.data.map((f) => [f.id, f.applied])).toEqual([
      [id, 1],
      [limited, 1],
    ]);
  });

  it("with phase after, lose the answer of an upsert that happened: the retry creates nothing new", async () => {
    await addFault({
      method: "POST",
      path: "/api/v1/records/*/batch/upsert",
      status: 502,
      phase: "after",
      times: 1,
    });
    const body = {
      uniqueField: "email",
      records: [{ first_name: "L", last_name: "R", email: "lost@example.com" }],
    };
    expect((await api("POST", "/records/candidates/batch/upsert", body)).status).toBe(502);
    expect(await candidates()).toBe(6);
    const retry = await api<{ data: Rec[] }>("POST", "/records/candidates/batch/upsert", body);
    expect(retry.status).toBe(200);
    expect(await candidates()).toBe(6);
  });

  it("hang until the client gives up, and a body fault answers that body", async () => {
    await addFault({ path: "/api/v1/records/vacancies/**", hang: true, times: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(
      exports.default.fetch(`http://kasar/api/v1/records/vacancies/${kasarVacancyId(1)}`, {
        headers: { authorization: `Bearer ${KASAR_DEMO_TOKEN}` },
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    await addFault({ path: "/api/v1/schema/*", body: "<html>proxy error</html>", status: 200 });
    const html = await api("GET", "/schema/vacancies");
    expect(html.status).toBe(200);
    expect(html.body).toBe("<html>proxy error</html>");
  });
});

describe("request log", () => {
  it("records every API call with its status, the token masked; control calls are not logged", async () => {
    await api("GET", "/records/vacancies?filter[status]=open");
    await api("POST", "/records/vacancies/search", { limit: 1 }, "bad-token");
    const log = await control<{ data: Logged[] }>("GET", "/requests");
    expect(log.body.data.map((e) => [e.id, e.method, e.path, e.auth, e.status])).toEqual([
      [1, "GET", "/api/v1/records/vacancies", "valid", 200],
      [2, "POST", "/api/v1/records/vacancies/search", "invalid", 401],
    ]);
    expect(log.body.data[0]?.query).toEqual({ "filter[status]": "open" });
    expect(log.body.data[0]?.headers.authorization).toBe("Bearer <valid>");
    expect(log.body.data[1]?.body).toEqual({ limit: 1 });
    expect(JSON.stringify(log.body)).not.toContain(KASAR_DEMO_TOKEN);
    const filtered = await control<{ data: Logged[] }>(
      "GET",
      "/requests?method=post&path=/api/v1/records/*/search",
    );
    expect(filtered.body.data.map((e) => e.id)).toEqual([2]);
    expect(await control("DELETE", "/requests")).toMatchObject({
      status: 200,
      body: { data: { removed: 2 } },
    });
  });
});
