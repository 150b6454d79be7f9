import { beforeEach, describe, expect, it } from "vitest";
import { kasarVacancyId } from "../src/demo";
import { api, ids, type Page, reset } from "./helpers";

const V = kasarVacancyId;
const search = (body: unknown) => api<Page>("POST", "/records/vacancies/search", body);

beforeEach(() => reset());

describe("POST /records/{object}/search", () => {
  it("takes a nested FilterGroup, sort, limit and cursor", async () => {
    const body = {
      filterGroup: {
        operator: "and",
        filters: [
          { field: "status", operator: "eq", value: "open" },
          {
            operator: "or",
            filters: [
              { field: "location", operator: "eq", value: "amsterdam" },
              { field: "skills", operator: "contains", value: "sql" },
            ],
          },
        ],
      },
      sort: [{ field: "title", direction: "desc" }],
      limit: 2,
    };
    const first = await search(body);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(6);
    expect(ids(first)).toEqual([V(1), V(3)]);
    const next = await search({ ...body, cursor: first.body.nextCursor });
    expect(ids(next)).toEqual([V(11), V(8)]);
    const last = await search({ ...body, cursor: next.body.nextCursor });
    expect(ids(last)).toEqual([V(6), V(2)]);
    expect(last.body.nextCursor).toBeNull();
  });

  it("scopes by id: a base filter plus the id finds the record only inside the scope", async () => {
    const scoped = (id: string) =>
      search({
        filterGroup: {
          operator: "and",
          filters: [
            { field: "status", operator: "eq", value: "open" },
            { field: "id", operator: "eq", value: id },
          ],
        },
      });
    expect(ids(await scoped(V(1)))).toEqual([V(1)]);
    const closed = await scoped(V(5));
    expect(closed.body).toEqual({ data: [], total: 0, nextCursor: null });
  });

  it("without a body lists everything; negative operators match empty values", async () => {
    expect((await search(undefined)).body.total).toBe(12);
    const noSkills = await search({
      filterGroup: {
        operator: "and",
        filters: [
          { field: "skills", operator: "nin", value: ["figma", "sql", "java", "typescript"] },
        ],
      },
    });
    expect(ids(noSkills)).toEqual([V(4), V(9), V(10)]);
    const empty = await search({
      filterGroup: { operator: "and", filters: [{ field: "skills", operator: "is_empty" }] },
    });
    expect(ids(empty)).toEqual([V(4), V(9), V(10)]);
  });

  it("refuses a malformed FilterGroup, unknown fields, misfit operators and groups deeper than 3", async () => {
    const deep = {
      operator: "and",
      filters: [
        {
          operator: "and",
          filters: [{ operator: "and", filters: [{ operator: "or", filters: [] }] }],
        },
      ],
    };
    const cases: [unknown, string][] = [
      [
        { filterGroup: { operator: "xor", filters: [] } },
        'filterGroup.operator: Invalid option: expected one of "and"|"or"',
      ],
      [
        {
          filterGroup: {
            operator: "and",
            filters: [{ field: "colour", operator: "eq", value: "red" }],
          },
        },
        "Unknown field 'colour' on object 'vacancies'",
      ],
      [
        {
          filterGroup: {
            operator: "and",
            filters: [{ field: "remote", operator: "contains", value: true }],
          },
        },
        "Operator 'contains' does not apply to field 'remote' (boolean)",
      ],
      [
        {
          filterGroup: {
            operator: "and",
            filters: [{ field: "status", operator: "in", value: "open" }],
          },
        },
        "Operator 'in' on 'status' needs a non-empty array",
      ],
      [{ filterGroup: deep }, "FilterGroups nest at most 3 deep"],
      [{ query: "java" }, 'body: Unrecognized key: "query"'],
    ];
    for (const [body, message] of cases) {
      const res = await search(body);
      expect(res.status, message).toBe(400);
      expect(res.body).toEqual({ error: true, code: "VALIDATION_ERROR", message });
    }
  });
});
