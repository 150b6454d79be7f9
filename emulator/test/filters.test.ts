import { beforeAll, describe, expect, it } from "vitest";
import { JANE_DOE_UUID, OPEN_VACANCY_UUID } from "../src/demo";
import {
  C,
  Cs,
  type ErrorBody,
  index,
  type Page,
  type RecordOut,
  reset,
  uuids,
  V,
  Vs,
  where,
} from "./helpers";

const status = (value: string, operator = "any") => ({
  property: "status_candidate",
  operator,
  value,
});
const source = (value: string, operator = "any") => ({ property: "source", operator, value });

describe("AND within a group, OR across groups", () => {
  beforeAll(() => reset());

  it("ANDs the items of one group", async () => {
    const filter = where([
      { property: "department", operator: "any", value: ["engineering"] },
      { property: "remote", operator: "equals_exactly", value: true },
    ]);
    expect(await uuids(filter)).toEqual(Vs(1, 8, 13, 25, 28));
  });

  it("ORs groups", async () => {
    const res = await uuids({
      mainObject: "vacancy",
      filter: {
        groups: [
          { items: [{ property: "location", operator: "equals_exactly", value: "Remote" }] },
          { items: [{ property: "hours", operator: "smaller_than", value: 24 }] },
        ],
      },
    });
    expect(res).toEqual(Vs(8, 10, 12, 23));
  });

  it("treats an empty group list as no filter and an empty group as match-all", async () => {
    expect(await uuids({ mainObject: "candidate", filter: { groups: [] } })).toEqual(
      Cs(1, 2, 3, 4, 5, 6, 7, 8),
    );
    expect(await uuids({ mainObject: "candidate", filter: { groups: [{ items: [] }] } })).toEqual(
      Cs(1, 2, 3, 4, 5, 6, 7, 8),
    );
  });
});

describe("seed 003 example payloads", () => {
  beforeAll(() => reset());

  // The seed's examples use equals_exactly on status_candidate and source,
  // which are single-selects here; the seed's own operator table allows only
  // any / is_null / is_not_null on single-selects, and the emulator follows
  // the table. The same logic with `any` gives the documented answer.
  const twoGroups = (op: string) => ({
    mainObject: "candidate",
    filter: {
      groups: [
        { items: [status("new", op), source("linkedin", op)] },
        { items: [status("in_progress", op), source("referral", op)] },
      ],
    },
  });

  it("two-group AND/OR example, verbatim: refused by the table", async () => {
    const res = await index<ErrorBody>(twoGroups("equals_exactly"));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      type: "INVALID_VALUE",
      message: "Operator equals_exactly is not allowed on 'status_candidate' (type single-select)",
      correctionSuggestion: "Use one of: any, is_null, is_not_null.",
    });
  });

  it("two-group AND/OR example with any: (new AND linkedin) OR (in_progress AND referral)", async () => {
    expect(await uuids(twoGroups("any"))).toEqual([JANE_DOE_UUID, C(2)]);
  });

  it("relation existence: candidates with any relation to a vacancy", async () => {
    const body = where(
      [{ object: "vacancy", relation: "*", property: null, relationIncluded: true }],
      "candidate",
    );
    // Emma (5) only applied for an archived vacancy, which does not count.
    expect(await uuids(body)).toEqual(Cs(1, 2, 3, 4, 6, 7, 8));
  });

  it("relation non-existence: candidates without an applied_for relation", async () => {
    const body = where(
      [{ object: "vacancy", relation: "applied_for", property: null, relationIncluded: false }],
      "candidate",
    );
    expect(await uuids(body)).toEqual(Cs(5));
  });

  it("relationIncluded defaults to true", async () => {
    const body = where(
      [{ object: "vacancy", relation: "applied_for", property: null }],
      "candidate",
    );
    expect(await uuids(body)).toEqual(Cs(1, 2, 3, 4, 6, 7, 8));
  });

  it("relation existence from the other side, archived candidates ignored", async () => {
    const body = where([{ object: "candidate", relation: "*", property: null }]);
    expect(await uuids(body)).toEqual(Vs(1, 2, 3, 4, 13, 16, 25));
  });

  it("combined filter + search + sort + pagination", async () => {
    const body = {
      page: 1,
      limit: 20,
      mainObject: "candidate",
      query: "jane",
      filter: { groups: [{ items: [status("in_progress")] }] },
      sort: [{ object: "candidate", relation: null, property: "updatedAt", direction: "DESC" }],
    };
    const res = await index(body);
    expect(res.body).toMatchObject({ total: 2, page: 1, perPage: 20, lastPage: 1 });
    // Janet Mulder (updated 2026-03-12) before Jane Doe (2026-03-10).
    expect(res.body.data.map((r) => r.uuid)).toEqual([C(8), JANE_DOE_UUID]);
    const verbatim = await index({
      ...body,
      filter: { groups: [{ items: [status("in_progress", "equals_exactly")] }] },
    });
    expect(verbatim.status).toBe(400);
  });

  it("fallback ordering example: status_candidate ASC then updatedAt DESC", async () => {
    const body = {
      mainObject: "candidate",
      sort: [
        { object: "candidate", relation: null, property: "status_candidate", direction: "ASC" },
        { object: "candidate", relation: null, property: "updatedAt", direction: "DESC" },
      ],
    };
    // hired: 6; in_progress: 8 (03-12), 1 (03-10), 4 (03-01); new: 3 (02-20), 5 (02-09), 2 (02-03); rejected: 7.
    expect(await uuids(body)).toEqual(Cs(6, 8, 1, 4, 3, 5, 2, 7));
  });
});

describe("filters through related records", () => {
  beforeAll(() => reset());

  it("object set, relation null: any relation to records of that object", async () => {
    const body = where(
      [
        {
          object: "vacancy",
          relation: null,
          property: "department",
          operator: "any",
          value: ["engineering"],
        },
      ],
      "candidate",
    );
    expect(await uuids(body)).toEqual(Cs(1, 2, 4, 6, 7));
  });

  it("relation set, object null: the object follows from the relation", async () => {
    const body = where(
      [
        {
          relation: "applied_for",
          property: "location",
          operator: "equals_exactly",
          value: "Amsterdam",
        },
      ],
      "candidate",
    );
    expect(await uuids(body)).toEqual(Cs(2, 3, 6, 7));
  });

  it("from the vacancy side", async () => {
    const body = where([
      { object: "candidate", property: "status_candidate", operator: "any", value: ["hired"] },
    ]);
    expect(await uuids(body)).toEqual(Vs(25));
  });

  it("object equal to mainObject filters self-related records (none here), not the record itself", async () => {
    const body = where(
      [{ object: "candidate", property: "firstname", operator: "is_not_null" }],
      "candidate",
    );
    expect(await uuids(body)).toEqual([]);
  });

  it("refuses unknown objects and relations, and nonPublic properties behind a relation", async () => {
    const cases = [
      { object: "planet", property: null },
      { object: "vacancy", relation: "married_to", property: null },
      { object: "vacancy", property: "internal_notes", operator: "is_null" },
      { relation: "*", property: "title", operator: "is_null" },
    ];
    for (const item of cases) {
      const res = await index<ErrorBody>(where([item], "candidate"));
      expect(res.status, JSON.stringify(item)).toBe(400);
      expect(res.body.errors[0]?.type).toBe("VALIDATION");
    }
  });

  it("refuses a relation that does not join the main object and the item's object", async () => {
    // applied_for joins candidates to vacancies, never candidates to candidates.
    const res = await index<ErrorBody>(
      where([{ object: "candidate", relation: "applied_for", property: null }], "candidate"),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.type).toBe("RELATION_NOT_ALLOWED");
  });

  it("relatedRecordUuid without a filter lists records related to that record", async () => {
    expect(
      await uuids(
        { mainObject: "candidate", filter: { groups: [] } },
        `?relatedRecordUuid=${OPEN_VACANCY_UUID}`,
      ),
    ).toEqual(Cs(2, 7));
    expect(await uuids({ mainObject: "vacancy" }, `?relatedRecordUuid=${C(3)}`)).toEqual(Vs(4, 16));
  });

  it("relatedRecordUuid with a filter leaves the filter in charge", async () => {
    const body = where(
      [{ property: "firstname", operator: "equals_exactly", value: "Jane" }],
      "candidate",
    );
    expect(await uuids(body, `?relatedRecordUuid=${OPEN_VACANCY_UUID}`)).toEqual([JANE_DOE_UUID]);
  });

  it("relatedRecordUuid of an unknown record is 404", async () => {
    const res = await index({ mainObject: "candidate" }, `?relatedRecordUuid=${V(99)}`);
    expect(res.status).toBe(404);
  });
});

describe("query (free-text search)", () => {
  beforeAll(() => reset());

  it("matches a substring of any readable value, case-insensitively", async () => {
    expect(await uuids({ mainObject: "vacancy", query: "GREENHOUSE" })).toEqual(Vs(9));
    expect(await uuids({ mainObject: "vacancy", query: "espresso" })).toEqual(Vs(10));
    expect(await uuids({ mainObject: "vacancy", query: "espresso" }, "?archived=true")).toEqual(
      Vs(29),
    );
  });

  it("matches option labels and readable non-public values, never nonPublic ones", async () => {
    expect(await uuids({ mainObject: "vacancy", query: "customer success" })).toEqual(Vs(7, 18));
    expect(await uuids({ mainObject: "vacancy", query: "sanne" })).toEqual(
      Vs(1, 3, 4, 7, 9, 11, 13, 16, 17, 19, 22, 25, 28),
    );
    // "Headcount" appears only in the nonPublic internal notes of vacancy 8.
    expect(await uuids({ mainObject: "vacancy", query: "headcount" })).toEqual([]);
  });

  it("ignores an empty query", async () => {
    expect(await uuids({ mainObject: "candidate", query: "  " })).toHaveLength(8);
  });
});

describe("sort", () => {
  beforeAll(() => reset());

  const sorted = (sort: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    uuids({ mainObject: "vacancy", sort, ...extra });

  it("sorts multi-key with nulls last and a uuid tie-break", async () => {
    const amsterdam = where([
      { property: "location", operator: "equals_exactly", value: "Amsterdam" },
    ]);
    const order = await sorted(
      [
        { property: "department", direction: "ASC" },
        { property: "hours", direction: "DESC" },
        { property: "publish_date", direction: "DESC" },
      ],
      amsterdam,
    );
    expect(order).toEqual(Vs(17, 4, 1, 25, 19, 10, 15));
  });

  it("keeps empty values last in both directions", async () => {
    const asc = await sorted([{ property: "hours", direction: "ASC" }]);
    const desc = await sorted([{ property: "hours", direction: "DESC" }]);
    expect(asc[0]).toBe(V(10));
    expect(asc.slice(-2)).toEqual(Vs(12, 20));
    expect(desc.slice(-2)).toEqual(Vs(12, 20));
    expect(desc.slice(0, 2)).toEqual(Vs(1, 2));
  });

  it("sorts text case-insensitively, ranges by their minimum, checkboxes false < true", async () => {
    expect((await sorted([{ property: "title", direction: "ASC" }])).slice(0, 3)).toEqual(
      Vs(6, 2, 20),
    );
    expect((await sorted([{ property: "salary_range", direction: "ASC" }])).slice(0, 3)).toEqual(
      Vs(5, 10, 15),
    );
    const remote = await sorted([{ property: "remote", direction: "DESC" }]);
    expect(remote.slice(0, 2)).toEqual(Vs(1, 4));
    expect(remote.slice(-2)).toEqual(Vs(9, 19));
  });

  it("sorts on system fields and defaults to createdAt ASC", async () => {
    const byUuidDesc = await sorted([{ property: "uuid", direction: "DESC" }]);
    expect(byUuidDesc.slice(0, 2)).toEqual(Vs(28, 27));
    expect((await sorted([{ property: "createdAt", direction: "DESC" }]))[0]).toBe(V(28));
    expect((await uuids({ mainObject: "vacancy" })).slice(0, 3)).toEqual(Vs(1, 2, 3));
  });

  it("pages a sorted list stably", async () => {
    const sort = [{ property: "employment_type", direction: "ASC" }];
    const all = await sorted(sort);
    const pages: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await index<Page<RecordOut>>({ mainObject: "vacancy", sort, page, limit: 10 });
      pages.push(...res.body.data.map((r) => r.uuid));
    }
    expect(pages).toEqual(all);
  });

  it("refuses nonPublic, unknown, related and misdirected sorts", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ property: "internal_notes", direction: "ASC" }, "VALIDATION"],
      [{ property: "salary", direction: "ASC" }, "VALIDATION"],
      [{ property: "title", direction: "UP" }, "VALIDATION"],
      [
        { object: "candidate", relation: "applied_for", property: "firstname", direction: "ASC" },
        "INVALID_VALUE",
      ],
    ];
    for (const [item, type] of cases) {
      const res = await index<ErrorBody>({ mainObject: "vacancy", sort: [item] });
      expect(res.status, JSON.stringify(item)).toBe(400);
      expect(res.body.errors[0]?.type).toBe(type);
    }
  });
});
