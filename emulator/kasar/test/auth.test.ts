import { beforeEach, describe, expect, it } from "vitest";
import {
  KASAR_OTHER_ORG_TOKEN,
  KASAR_READONLY_TOKEN,
  kasarVacancyId,
  OTHER_ORG_VACANCY_ID,
} from "../src/demo";
import { api, control, type Page, reset } from "./helpers";

beforeEach(() => reset());

describe("bearer auth", () => {
  it("answers 401 UNAUTHORIZED without a valid token", async () => {
    for (const token of [null, "wrong"]) {
      const res = await api("GET", "/records/vacancies", undefined, token);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: true,
        code: "UNAUTHORIZED",
        message: "Missing or invalid bearer token",
      });
    }
  });

  it("identifies the organisation by the token: no record crosses organisations", async () => {
    const other = await api<Page>("GET", "/records/vacancies", undefined, KASAR_OTHER_ORG_TOKEN);
    expect(other.body.data.map((r) => r.id)).toEqual([OTHER_ORG_VACANCY_ID]);
    expect(other.body.total).toBe(1);
    const cross = await api(
      "GET",
      `/records/vacancies/${kasarVacancyId(1)}`,
      undefined,
      KASAR_OTHER_ORG_TOKEN,
    );
    expect(cross.status).toBe(404);
    const back = await api("GET", `/records/vacancies/${OTHER_ORG_VACANCY_ID}`);
    expect(back.status).toBe(404);
  });

  it("answers 403 PERMISSION_DENIED to writes with a read-only token; reads and search pass", async () => {
    const write = await api(
      "PATCH",
      `/records/vacancies/${kasarVacancyId(1)}`,
      { status: "closed" },
      KASAR_READONLY_TOKEN,
    );
    expect(write.status).toBe(403);
    expect(write.body).toEqual({
      error: true,
      code: "PERMISSION_DENIED",
      message: "The token does not have permission for this action",
    });
    const upsert = await api(
      "POST",
      "/records/candidates/batch/upsert",
      { uniqueField: "email", records: [] },
      KASAR_READONLY_TOKEN,
    );
    expect(upsert.status).toBe(403);
    expect((await api("POST", "/records/vacancies/search", {}, KASAR_READONLY_TOKEN)).status).toBe(
      200,
    );
    expect((await api("GET", "/schema", undefined, KASAR_READONLY_TOKEN)).status).toBe(200);
  });
});

describe("rate limits per token", () => {
  it("answers 429 RATE_LIMITED with Retry-After once a token's window is spent; other tokens are unaffected", async () => {
    const set = await control("PUT", "/settings", { rateLimit: { limit: 3, windowSeconds: 30 } });
    expect(set.body).toEqual({ data: { rateLimit: { limit: 3, windowSeconds: 30 } } });
    for (let i = 0; i < 3; i++) expect((await api("GET", "/schema")).status).toBe(200);
    const limited = await api("GET", "/schema");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(limited.body).toEqual({
      error: true,
      code: "RATE_LIMITED",
      message: "Rate limit exceeded for this token",
    });
    expect((await api("GET", "/schema", undefined, KASAR_READONLY_TOKEN)).status).toBe(200);
    await reset();
    expect((await api("GET", "/schema")).status).toBe(200);
  });
});
