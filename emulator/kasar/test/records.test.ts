import { beforeEach, describe, expect, it } from "vitest";
import { KASAR_VACANCY_COUNTS, kasarCandidateId, kasarVacancyId } from "../src/demo";
import { api, type ErrorBody, ids, type Page, reset } from "./helpers";

const V = kasarVacancyId;

beforeEach(() => reset());

describe("GET /records/{object}/{id}", () => {
  it("answers the flat, enriched record in { data }, private fields included", async () => {
    const res = await api("GET", `/records/vacancies/${V(1)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        id: V(1),
        title: "Senior Frontend Developer",
        slug: "senior-frontend-developer-amsterdam",
        status: "open",
        description: "Senior Frontend Developer in Amsterdam. Join our engineering team.",
        location: "Amsterdam",
        department: "engineering",
        employment_type: "full_time",
        hours_per_week: 40,
        remote: true,
        skills: ["typescript", "react"],
        publish_date: "2026-09-11",
        internal_notes: "KASAR-INTERNAL: shortlist due, budget 92000 approved",
        hiring_budget: 92000,
        recruiter_email: "recruiter1@recruiting.kasar-internal.example",
        created_at: "2026-10-01T01:00:00.000Z",
        updated_at: "2026-10-01T01:00:00.000Z",
        associations: { candidates: [kasarCandidateId(1), kasarCandidateId(5)] },
      },
    });
  });

  it("answers 404 RECORD_NOT_FOUND for an unknown id and for another object's id", async () => {
    for (const path of [`/records/vacancies/nope`, `/records/vacancies/${kasarCandidateId(1)}`]) {
      const res = await api<ErrorBody>("GET", path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        error: true,
        code: "RECORD_NOT_FOUND",
        message: `No vacancies record found with id '${path.split("/").pop()}'`,
      });
    }
  });

  it("answers 400 INVALID_OBJECT for an unknown object", async () => {
    const res = await api("GET", "/records/jobs");
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: true,
      code: "INVALID_OBJECT",
      message: "Object 'jobs' does not exist",
    });
  });
});

describe("GET /records/{object}", () => {
  it("pages by cursor with total; the last page's nextCursor is null", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`;
      const res = await api<Page>("GET", `/records/vacancies?limit=5${query}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(KASAR_VACANCY_COUNTS.total);
      seen.push(...ids(res));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(3);
    // Default order: created_at ascending, which is seed order.
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => V(i + 1)));
  });

  it("defaults to 25 per page and refuses a limit over 100", async () => {
    const all = await api<Page>("GET", "/records/vacancies");
    expect(all.body.data).toHaveLength(12);
    expect(all.body.nextCursor).toBeNull();
    const tooMany = await api("GET", "/records/vacancies?limit=101");
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toEqual({
      error: true,
      code: "VALIDATION_ERROR",
      message: "'limit' must be between 1 and 100",
    });
  });

  it("filters with filter[field] and filter[field][op], ANDed", async () => {
    const open = await api<Page>("GET", "/records/vacancies?filter[status]=open&limit=100");
    expect(open.body.total).toBe(KASAR_VACANCY_COUNTS.open);
    const res = await api<Page>(
      "GET",
      "/records/vacancies?filter[status]=open&filter[department][in]=design,sales&filter[hours_per_week][gte]=36",
    );
    expect(ids(res)).toEqual([V(3), V(4)]);
    const skills = await api<Page>("GET", "/records/vacancies?filter[skills][contains]=java");
    expect(ids(skills)).toEqual([V(2), V(8)]);
    const remote = await api<Page>(
      "GET",
      "/records/vacancies?filter[remote]=true&filter[title][contains]=ENGINEER",
    );
    expect(ids(remote)).toEqual([V(11)]);
  });

  it("sorts with sort=field,-field, ties by the next key", async () => {
    const res = await api<Page>(
      "GET",
      "/records/vacancies?filter[status]=closed&sort=-hours_per_week,title",
    );
    expect(ids(res)).toEqual([V(5), V(9), V(12), V(7)]);
  });

  it("refuses unknown parameters, fields, operators and misfit values with 400 VALIDATION_ERROR", async () => {
    const cases: [string, string][] = [
      ["?status=open", "Unknown query parameter 'status'"],
      ["?filter[colour]=red", "Unknown field 'colour' on object 'vacancies'"],
      ["?filter[status][like]=op", "Unknown operator 'like'"],
      ["?filter[status][gt]=open", "Operator 'gt' does not apply to field 'status' (select)"],
      ["?filter[hours_per_week]=many", "Field 'hours_per_week' must be a number"],
      ["?sort=skills", "Field 'skills' cannot be sorted on"],
    ];
    for (const [query, message] of cases) {
      const res = await api("GET", `/records/vacancies${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toEqual({ error: true, code: "VALIDATION_ERROR", message });
    }
  });

  it("refuses a cursor from another query or a forged one", async () => {
    const first = await api<Page>("GET", "/records/vacancies?limit=2");
    const cursor = encodeURIComponent(first.body.nextCursor ?? "");
    const continued = await api<Page>("GET", `/records/vacancies?limit=2&cursor=${cursor}`);
    expect(ids(continued)).toEqual([V(3), V(4)]);
    for (const query of [`filter[status]=open&cursor=${cursor}`, "cursor=bm9wZQ"]) {
      const res = await api("GET", `/records/vacancies?limit=2&${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: true,
        code: "VALIDATION_ERROR",
        message: "Invalid cursor: pass back the nextCursor of the same query",
      });
    }
  });
});
