import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kasarVacancyId, OTHER_ORG_VACANCY_ID } from "../../emulator/kasar/src/demo";
import { edge, edgeWith } from "../helpers";
import { expectedVacancies, type ListBody, OPEN_BY_NEWEST, type PublicRecord } from "./fixtures";
import {
  clearKasarRequests,
  kasarRequests,
  resetKasar,
  scopeSearchBody,
  VACANCY_SEARCH,
} from "./helpers";

let vacancy: Map<number, PublicRecord>;
const records = (...numbers: number[]) => numbers.map((n) => vacancy.get(n));

async function list(query: string): Promise<ListBody> {
  const response = await edge(`/v1/lists/vacancies${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ListBody;
}

async function invalid(query: string) {
  const response = await edge(`/v1/lists/vacancies${query}`);
  expect(response.status).toBe(400);
  const { error } = (await response.json()) as {
    error: { code: string; issues: { field: string; code: string; message: string }[] };
  };
  expect(error.code).toBe("INVALID_REQUEST");
  return error.issues.map(({ field, code }) => ({ field, code }));
}

/** The searches the edge sent Kasar since the log was last cleared. */
const searches = async () =>
  (await kasarRequests({ method: "POST", path: VACANCY_SEARCH })).map(
    (request) => request.body as { limit: number; cursor?: string },
  );

beforeAll(async () => {
  await resetKasar();
  vacancy = await expectedVacancies();
});

beforeEach(resetKasar);

describe("GET /v1/lists/{list} on Kasar", () => {
  it("serves page 1 of open vacancies, newest first, public fields only, with a next cursor", async () => {
    const body = await list("");
    expect(body).toEqual({
      data: records(...OPEN_BY_NEWEST.slice(0, 3)),
      meta: { page: 1, limit: 3, total: 8, lastPage: 3, nextCursor: expect.any(String) },
    });
  });

  it("pages by number over cursors: pages 1, 2 and the last, whose nextCursor is null", async () => {
    const first = await list("?limit=2");
    const second = await list("?limit=2&page=2");
    const last = await list("?limit=2&page=4");
    expect(first.data).toEqual(records(11, 10));
    expect(second).toEqual({
      data: records(8, 6),
      meta: { page: 2, limit: 2, total: 8, lastPage: 4, nextCursor: expect.any(String) },
    });
    expect(last).toEqual({
      data: records(2, 1),
      meta: { page: 4, limit: 2, total: 8, lastPage: 4, nextCursor: null },
    });
    // A page past the last is empty, as on Caraer.
    expect((await list("?limit=2&page=9")).data).toEqual([]);
  });

  it("costs exactly one upstream call for page N once page N-1 was seen", async () => {
    const second = await list("?limit=2&page=2");
    await list("?limit=2"); // page 1, so pages 1 and 2 were both seen
    await clearKasarRequests();
    const third = await list("?limit=2&page=3");
    expect(third.data).toEqual(records(4, 3));
    expect(await searches()).toEqual([
      expect.objectContaining({ limit: 2, cursor: second.meta.nextCursor }),
    ]);
  });

  it("walks to a page no one asked for before with one call for the pages in between", async () => {
    await list("?limit=2"); // the schema is cached; the request log starts after it
    await clearKasarRequests();
    const fourth = await list("?limit=2&page=4");
    expect(fourth.data).toEqual(records(2, 1));
    const calls = await searches();
    // Pages 2 and 3 in one call of 4 records from page 1's cursor, then page 4 itself.
    expect(calls.map((call) => call.limit)).toEqual([4, 2]);
    expect(calls[0]?.cursor).toEqual(expect.any(String));
    expect(calls[1]?.cursor).toEqual(expect.any(String));
  });

  it("takes cursor= for the page it starts: the same answer as page=, from the same cache entry", async () => {
    const first = await list("?limit=2");
    const byCursor = await list(`?limit=2&cursor=${first.meta.nextCursor}`);
    await clearKasarRequests();
    const byPage = await list("?limit=2&page=2");
    expect(byCursor).toEqual(byPage);
    expect(byCursor.meta.page).toBe(2);
    expect(await searches()).toEqual([]);
  });

  it("refuses a cursor it did not hand out, a malformed or overlong one, and cursor with page, before Kasar", async () => {
    await list("?limit=2");
    await clearKasarRequests();
    expect(await invalid("?limit=2&cursor=eyJvIjo0LCJxIjoiZm9yZ2VkIn0")).toEqual([
      { field: "cursor", code: "unknown_cursor" },
    ]);
    expect(await invalid("?cursor=%3Cscript%3E")).toEqual([{ field: "cursor", code: "invalid" }]);
    expect(await invalid(`?cursor=${"a".repeat(513)}`)).toEqual([
      { field: "cursor", code: "invalid" },
    ]);
    expect(await invalid("?cursor=abc&page=2")).toEqual([{ field: "cursor", code: "invalid" }]);
    // A cursor for another query (another sort) is unknown to that query's chain.
    const first = await list("?limit=2");
    expect(await invalid(`?limit=2&sort=title&cursor=${first.meta.nextCursor}`)).toEqual([
      { field: "cursor", code: "unknown_cursor" },
    ]);
    expect(await searches()).toEqual([]);
  });

  it("filters, sorts and searches on public fields, in Kasar's terms", async () => {
    const uuids = async (query: string) => (await list(query)).data.map((record) => record.uuid);
    const ids = (...numbers: number[]) => numbers.map(kasarVacancyId);
    expect(await uuids("?filter[department]=engineering&limit=10")).toEqual(ids(11, 8, 2, 1));
    expect(await uuids("?filter[department][any]=design&filter[department][any]=sales")).toEqual(
      ids(4, 3),
    );
    expect(await uuids("?filter[hours_per_week][range]=20;36&limit=10")).toEqual(ids(10, 6, 3));
    expect(await uuids("?filter[publish_date][bigger_than_or_equal_to]=2026-09-18")).toEqual(
      ids(11, 10, 8),
    );
    expect(await uuids("?filter[remote]=true&sort=title&limit=10")).toEqual(ids(6, 11, 3, 1));
    expect(
      await uuids("?filter[skills][all_flexibly]=sql&filter[skills][all_flexibly]=typescript"),
    ).toEqual(ids(11));
    expect(await uuids("?q=DESIGNER")).toEqual(ids(3));
    // "dam": Amsterdam and Rotterdam; the longest weeks first, then by title.
    expect(
      await uuids("?filter[location][contains_flexibly]=dam&sort=-hours_per_week,title"),
    ).toEqual(ids(2, 8, 1));
  });

  it("refuses filters and sorts on private fields like unknown ones, without asking Kasar", async () => {
    await list("");
    await clearKasarRequests();
    expect(await invalid("?filter[hiring_budget]=92000")).toEqual([
      { field: "filter.hiring_budget", code: "not_filterable" },
    ]);
    expect(await invalid("?filter[no_such_field]=1")).toEqual([
      { field: "filter.no_such_field", code: "not_filterable" },
    ]);
    expect(await invalid("?sort=-internal_notes")).toEqual([
      { field: "sort", code: "not_sortable" },
    ]);
    expect(await invalid("?filter[department][ends_with_flexibly]=ing")).toEqual([
      { field: "filter.department", code: "operator_not_allowed" },
    ]);
    expect(await searches()).toEqual([]);
  });
});

describe("GET /v1/lists/{list}/{uuid} on Kasar", () => {
  it("answers an open vacancy with its public fields", async () => {
    const response = await edge(`/v1/lists/vacancies/${kasarVacancyId(1)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: vacancy.get(1) });
  });

  it("answers 404 outside the list's base filter, with one search of base filter plus id", async () => {
    await edge("/v1/lists/vacancies"); // the schema is cached
    await clearKasarRequests();
    for (const id of [kasarVacancyId(5), OTHER_ORG_VACANCY_ID, kasarVacancyId(99)]) {
      const response = await edge(`/v1/lists/vacancies/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: "NOT_FOUND", message: "No such record.", requestId: expect.any(String) },
      });
    }
    const bodies = (await kasarRequests({ method: "POST", path: VACANCY_SEARCH })).map(
      (request) => request.body,
    );
    expect(bodies[0]).toEqual(scopeSearchBody(kasarVacancyId(5)));
    expect(bodies).toHaveLength(3);
  });
});

describe("Caraer-only routes on a Kasar deployment", () => {
  it("answer the usual 404 envelope: previews, CMS pages and the webhook", async () => {
    for (const [method, path] of [
      ["GET", `/v1/lists/vacancies/${kasarVacancyId(1)}/previews/card`],
      ["GET", "/v1/pages/careers/home"],
      ["POST", "/v1/hooks/caraer"],
    ] as const) {
      const response = await edge(path, {
        method,
        ...(method === "POST"
          ? { headers: { "Content-Type": "application/json" }, body: "{}" }
          : {}),
      });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
  });

  it("answer 404 for the Caraer configuration check and for forms (none served yet)", async () => {
    const adminToken = "admin-token-for-kasar-tests";
    const check = await edgeWith({ ADMIN_TOKEN: adminToken }, "/v1/admin/config-check", {
      headers: { Authorization: `Bearer ${adminToken}` },
    });
    expect(check.status).toBe(404);
    expect(((await check.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    const form = await edge("/v1/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50");
    expect(form.status).toBe(404);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });
});
