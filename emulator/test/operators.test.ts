import { beforeAll, describe, expect, it } from "vitest";
import { ALLOWED_OPERATORS, OPERATORS } from "../src/filter/operators";
import { Cs, type ErrorBody, index, reset, uuids, V, Vs, where } from "./helpers";

const activeExcept = (...skip: number[]) =>
  Vs(...Array.from({ length: 28 }, (_, i) => i + 1).filter((n) => !skip.includes(n)));
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

type Case = [name: string, item: Record<string, unknown>, expected: string[], mainObject?: string];

/**
 * Every operator of seed 003 against every property type its table allows,
 * with exact answers worked out from the seed (active vacancies 1-28,
 * active candidates 1-8, default order createdAt ASC).
 */
const CASES: Record<string, Case[]> = {
  "string (single-line, multi-line, email, url, phone)": [
    ["is_null", { property: "location", operator: "is_null" }, Vs(20)],
    ["is_not_null", { property: "location", operator: "is_not_null" }, activeExcept(20)],
    [
      "equals_exactly",
      { property: "location", operator: "equals_exactly", value: "Amsterdam" },
      Vs(1, 4, 10, 15, 17, 19, 25),
    ],
    [
      "equals_exactly is case-sensitive",
      { property: "location", operator: "equals_exactly", value: "amsterdam" },
      [],
    ],
    [
      "not_equals_exactly (empty values match)",
      { property: "location", operator: "not_equals_exactly", value: "Amsterdam" },
      activeExcept(1, 4, 10, 15, 17, 19, 25),
    ],
    [
      "contains_flexibly",
      { property: "location", operator: "contains_flexibly", value: "DAM" },
      Vs(1, 2, 4, 6, 10, 14, 15, 16, 17, 19, 22, 25, 28),
    ],
    [
      "not_contains_flexibly",
      { property: "location", operator: "not_contains_flexibly", value: "dam" },
      Vs(3, 5, 7, 8, 9, 11, 12, 13, 18, 20, 21, 23, 24, 26, 27),
    ],
    [
      "starts_with_flexibly",
      { property: "title", operator: "starts_with_flexibly", value: "data" },
      Vs(3, 17),
    ],
    [
      "ends_with_flexibly",
      { property: "title", operator: "ends_with_flexibly", value: "ENGINEER" },
      Vs(8, 9, 17, 18, 24, 28),
    ],
    [
      "multi-line contains_flexibly",
      { property: "description", operator: "contains_flexibly", value: "kubernetes" },
      Vs(8),
    ],
    [
      "email equals_exactly",
      {
        property: "recruiter_email",
        operator: "equals_exactly",
        value: "tom.bakker@talent.demo-internal.example",
      },
      Vs(2, 5, 6, 8, 10, 12, 14, 15, 18, 21, 23, 24, 26, 27),
    ],
    [
      "url contains_flexibly",
      { property: "linkedin", operator: "contains_flexibly", value: "JANEDOE" },
      Cs(1),
      "candidate",
    ],
    [
      "phone starts_with_flexibly",
      { property: "phone", operator: "starts_with_flexibly", value: "+31" },
      Cs(1),
      "candidate",
    ],
    ["uuid equals_exactly", { property: "uuid", operator: "equals_exactly", value: V(3) }, Vs(3)],
    [
      "uuid starts_with_flexibly",
      {
        property: "uuid",
        operator: "starts_with_flexibly",
        value: "30000000-0000-4000-8000-00000000001",
      },
      Vs(10, 11, 12, 13, 14, 15, 16, 17, 18, 19),
    ],
    [
      "linked-property filters as its target (string)",
      { property: "vacancy_title", operator: "contains_flexibly", value: "frontend" },
      Cs(2, 6, 7),
      "candidate",
    ],
    [
      "linked-property is_null",
      { property: "vacancy_title", operator: "is_null" },
      Cs(5),
      "candidate",
    ],
  ],
  "number (number, currency)": [
    ["is_null", { property: "hours", operator: "is_null" }, Vs(12, 20)],
    ["is_not_null", { property: "hours", operator: "is_not_null" }, activeExcept(12, 20)],
    ["equals_exactly", { property: "hours", operator: "equals_exactly", value: 36 }, Vs(3, 11, 28)],
    [
      "equals_exactly with a numeric string",
      { property: "hours", operator: "equals_exactly", value: "36" },
      Vs(3, 11, 28),
    ],
    [
      "not_equals_exactly",
      { property: "hours", operator: "not_equals_exactly", value: 40 },
      Vs(3, 4, 5, 7, 8, 10, 11, 12, 16, 18, 20, 22, 26, 28),
    ],
    [
      "bigger_than",
      { property: "hours", operator: "bigger_than", value: 36 },
      Vs(1, 2, 6, 9, 13, 14, 15, 17, 18, 19, 21, 23, 24, 25, 27),
    ],
    ["smaller_than", { property: "hours", operator: "smaller_than", value: 24 }, Vs(10)],
    [
      "bigger_than_or_equal_to",
      { property: "hours", operator: "bigger_than_or_equal_to", value: 36 },
      Vs(1, 2, 3, 6, 9, 11, 13, 14, 15, 17, 18, 19, 21, 23, 24, 25, 27, 28),
    ],
    [
      "smaller_than_or_equal_to",
      { property: "hours", operator: "smaller_than_or_equal_to", value: 24 },
      Vs(5, 7, 10, 26),
    ],
    [
      'range "min;max" (inclusive)',
      { property: "hours", operator: "range", value: "28;36" },
      Vs(3, 4, 8, 11, 16, 22, 28),
    ],
    [
      "range [min, max]",
      { property: "hours", operator: "range", value: [28, 36] },
      Vs(3, 4, 8, 11, 16, 22, 28),
    ],
    [
      "range with an open upper bound",
      { property: "hours", operator: "range", value: "38;" },
      Vs(1, 2, 6, 9, 13, 14, 15, 17, 18, 19, 21, 23, 24, 25, 27),
    ],
    [
      "currency bigger_than",
      { property: "hiring_budget", operator: "bigger_than", value: 100000 },
      Vs(8, 19, 23),
    ],
  ],
  date: [
    ["is_null", { property: "publish_date", operator: "is_null" }, Vs(19, 20, 22, 23, 24)],
    [
      "is_not_null",
      { property: "publish_date", operator: "is_not_null" },
      activeExcept(19, 20, 22, 23, 24),
    ],
    [
      "equals_exactly (ISO)",
      { property: "publish_date", operator: "equals_exactly", value: "2026-02-09" },
      Vs(8),
    ],
    [
      "equals_exactly (ms)",
      { property: "publish_date", operator: "equals_exactly", value: ms("2026-02-09") },
      Vs(8),
    ],
    [
      "not_equals_exactly",
      { property: "publish_date", operator: "not_equals_exactly", value: "2026-02-09" },
      activeExcept(8),
    ],
    [
      "bigger_than",
      { property: "publish_date", operator: "bigger_than", value: "2026-03-01" },
      Vs(16, 17, 18, 21),
    ],
    [
      "smaller_than",
      { property: "publish_date", operator: "smaller_than", value: "2026-01-01" },
      Vs(25, 26, 27, 28),
    ],
    [
      "bigger_than_or_equal_to",
      { property: "publish_date", operator: "bigger_than_or_equal_to", value: "2026-03-04" },
      Vs(17, 18, 21),
    ],
    [
      "smaller_than_or_equal_to",
      { property: "publish_date", operator: "smaller_than_or_equal_to", value: "2025-12-01" },
      Vs(25, 26, 27),
    ],
    [
      "range (ISO)",
      { property: "publish_date", operator: "range", value: "2026-02-01;2026-02-28" },
      Vs(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    ],
    [
      "range (ms)",
      { property: "publish_date", operator: "range", value: [ms("2025-12-01"), ms("2025-12-31")] },
      Vs(27, 28),
    ],
    [
      "createdAt (system)",
      { property: "createdAt", operator: "bigger_than_or_equal_to", value: "2025-07-06T09:00:00Z" },
      Vs(26, 27, 28),
    ],
    [
      "updatedAt (system)",
      { property: "updatedAt", operator: "smaller_than", value: "2025-03-04" },
      Vs(1),
    ],
  ],
  checkbox: [
    ["is_null", { property: "remote", operator: "is_null" }, Vs(9, 19)],
    ["is_not_null", { property: "remote", operator: "is_not_null" }, activeExcept(9, 19)],
    [
      "equals_exactly true",
      { property: "remote", operator: "equals_exactly", value: true },
      Vs(1, 4, 7, 8, 11, 12, 13, 16, 20, 23, 25, 28),
    ],
    [
      'equals_exactly "false"',
      { property: "remote", operator: "equals_exactly", value: "false" },
      Vs(2, 3, 5, 6, 10, 14, 15, 17, 18, 21, 22, 24, 26, 27),
    ],
    [
      "not_equals_exactly",
      { property: "remote", operator: "not_equals_exactly", value: true },
      Vs(2, 3, 5, 6, 9, 10, 14, 15, 17, 18, 19, 21, 22, 24, 26, 27),
    ],
  ],
  "single-select": [
    [
      "any (array)",
      { property: "department", operator: "any", value: ["engineering"] },
      Vs(1, 2, 8, 13, 19, 24, 25, 28),
    ],
    [
      "any (;-joined)",
      { property: "department", operator: "any", value: "design;data" },
      Vs(3, 4, 9, 16, 17, 20),
    ],
    [
      "is_null",
      { property: "preferred_employment_type", operator: "is_null" },
      Cs(2, 3, 4, 5, 6, 7, 8),
      "candidate",
    ],
    [
      "is_not_null",
      { property: "preferred_employment_type", operator: "is_not_null" },
      Cs(1),
      "candidate",
    ],
  ],
  "multi-select": [
    ["any", { property: "skills", operator: "any", value: ["kubernetes", "figma"] }, Vs(4, 8, 19)],
    [
      "all_flexibly (case-insensitive)",
      { property: "skills", operator: "all_flexibly", value: ["REACT", "typescript"] },
      Vs(1, 13, 25),
    ],
    [
      "all_exactly (set equality)",
      { property: "skills", operator: "all_exactly", value: "react;typescript" },
      Vs(1, 25),
    ],
    ["is_null", { property: "skills", operator: "is_null" }, Vs(20)],
    ["is_not_null", { property: "skills", operator: "is_not_null" }, activeExcept(20)],
  ],
  tag: [
    [
      "is_null",
      { property: "tags", operator: "is_null" },
      Vs(4, 10, 12, 14, 16, 18, 19, 20, 22, 26, 27),
    ],
    [
      "is_not_null",
      { property: "tags", operator: "is_not_null" },
      Vs(1, 2, 3, 5, 6, 7, 8, 9, 11, 13, 15, 17, 21, 23, 24, 25, 28),
    ],
    [
      "equals_exactly (the whole tag set)",
      { property: "tags", operator: "equals_exactly", value: "tech" },
      Vs(2, 9, 13, 17, 28),
    ],
    [
      "not_equals_exactly",
      { property: "tags", operator: "not_equals_exactly", value: "tech" },
      activeExcept(2, 9, 13, 17, 28),
    ],
    [
      "any",
      { property: "tags", operator: "any", value: ["urgent", "hybrid"] },
      Vs(1, 6, 7, 8, 11, 23),
    ],
    [
      "all_flexibly",
      { property: "tags", operator: "all_flexibly", value: ["URGENT", "Tech"] },
      Vs(1, 8),
    ],
    [
      "all_exactly",
      { property: "tags", operator: "all_exactly", value: ["graduate", "new"] },
      Vs(15),
    ],
    [
      "all_exactly is case-sensitive",
      { property: "tags", operator: "all_exactly", value: ["GRADUATE", "NEW"] },
      [],
    ],
  ],
  range: [
    [
      "range overlaps",
      { property: "salary_range", operator: "range", value: "7000;9000" },
      Vs(8, 9, 19, 23),
    ],
    ["range [min, max]", { property: "salary_range", operator: "range", value: [0, 1000] }, Vs(5)],
  ],
  structure: [
    [
      "contains_flexibly",
      { property: "profile_data", operator: "contains_flexibly", value: "JANEDOE" },
      Cs(1),
      "candidate",
    ],
    [
      "is_null",
      { property: "profile_data", operator: "is_null" },
      Cs(2, 3, 4, 5, 6, 7, 8),
      "candidate",
    ],
    ["is_not_null", { property: "profile_data", operator: "is_not_null" }, Cs(1), "candidate"],
  ],
  file: [
    ["is_null", { property: "cv", operator: "is_null" }, Cs(2, 3, 4, 5, 6, 7, 8), "candidate"],
    ["is_not_null", { property: "cv", operator: "is_not_null" }, Cs(1), "candidate"],
  ],
};

describe("filter operators per property type (seed 003 table)", () => {
  beforeAll(() => reset());

  for (const [type, cases] of Object.entries(CASES)) {
    describe(type, () => {
      for (const [name, item, expected, mainObject = "vacancy"] of cases) {
        it(name, async () => {
          expect(await uuids(where([item], mainObject))).toEqual(expected);
        });
      }
    });
  }

  it("covers every operator the table allows for each type", () => {
    const byType: Record<string, string> = {
      string: "string (single-line, multi-line, email, url, phone)",
      number: "number (number, currency)",
      date: "date",
      checkbox: "checkbox",
      "single-select": "single-select",
      "multi-select": "multi-select",
      tag: "tag",
      range: "range",
      structure: "structure",
      file: "file",
    };
    for (const [type, allowed] of Object.entries(ALLOWED_OPERATORS)) {
      const covered = new Set((CASES[byType[type] ?? ""] ?? []).map(([, item]) => item.operator));
      expect(
        [...allowed].filter((op) => !covered.has(op)),
        type,
      ).toEqual([]);
    }
  });
});

describe("operator rejections", () => {
  beforeAll(() => reset());

  const rejected: [string, string, unknown, string?][] = [
    ["location", "equals_flexibly", "amsterdam"],
    ["location", "not_equals_flexibly", "amsterdam"],
    ["location", "contains_exactly", "dam"],
    ["location", "not_contains_exactly", "dam"],
    ["location", "starts_with_exactly", "Am"],
    ["location", "ends_with_exactly", "dam"],
    ["location", "any", ["Amsterdam"]],
    ["location", "bigger_than", "A"],
    ["hours", "contains_flexibly", "4"],
    ["hours", "any", [40]],
    ["publish_date", "starts_with_flexibly", "2026"],
    ["remote", "bigger_than", 0],
    ["department", "equals_exactly", "engineering"],
    ["department", "all_exactly", ["engineering"]],
    ["skills", "equals_exactly", "java"],
    ["salary_range", "is_null", null],
    ["salary_range", "equals_exactly", "5000;6500"],
    ["uuid", "any", ["x"]],
    ["profile_data", "equals_exactly", "{}", "candidate"],
    ["cv", "contains_flexibly", "pdf", "candidate"],
    ["vacancy_title", "any", ["Data Analyst"], "candidate"],
  ];

  for (const [property, operator, value, mainObject = "vacancy"] of rejected) {
    it(`${operator} on ${property} is 400 INVALID_VALUE`, async () => {
      const res = await index<ErrorBody>(where([{ property, operator, value }], mainObject));
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0]?.type).toBe("INVALID_VALUE");
      expect(res.body.errors[0]?.message).toContain(`Operator ${operator} is not allowed`);
    });
  }

  it("refuses distance_between as not supported by the emulator", async () => {
    const res = await index<ErrorBody>(
      where([{ property: "location", operator: "distance_between", value: "52.37;4.89;10" }]),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      type: "INVALID_VALUE",
      message: "Operator distance_between is not supported by the emulator",
    });
  });

  it("refuses unknown operators, missing operators and malformed values", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ property: "location", operator: "EQUALS", value: "x" }, "INVALID_VALUE"],
      [{ property: "location", value: "x" }, "VALIDATION"],
      [{ property: "hours", operator: "bigger_than", value: "forty" }, "INVALID_VALUE"],
      [{ property: "hours", operator: "range", value: "40" }, "INVALID_VALUE"],
      [{ property: "hours", operator: "range", value: "40;20" }, "INVALID_VALUE"],
      [{ property: "publish_date", operator: "bigger_than", value: "yesterday" }, "INVALID_VALUE"],
      [{ property: "remote", operator: "equals_exactly", value: "yes" }, "INVALID_VALUE"],
      [{ property: "department", operator: "any", value: [] }, "INVALID_VALUE"],
      [
        { property: "location", operator: "equals_exactly", value: { city: "Amsterdam" } },
        "INVALID_VALUE",
      ],
    ];
    for (const [item, type] of bad) {
      const res = await index<ErrorBody>(where([item]));
      expect(res.status, JSON.stringify(item)).toBe(400);
      expect(res.body.errors[0]?.type, JSON.stringify(item)).toBe(type);
    }
  });

  it("refuses unknown and nonPublic properties with 400 VALIDATION", async () => {
    for (const property of ["salary", "internal_notes"]) {
      const res = await index<ErrorBody>(where([{ property, operator: "is_null" }]));
      expect(res.status).toBe(400);
      expect(res.body.errors[0]?.type).toBe("VALIDATION");
    }
  });

  it("validates every item, even in groups no record reaches", async () => {
    const res = await index<ErrorBody>({
      mainObject: "vacancy",
      filter: {
        groups: [
          { items: [{ property: "location", operator: "is_not_null" }] },
          { items: [{ property: "hours", operator: "contains_flexibly", value: "4" }] },
        ],
      },
    });
    expect(res.status).toBe(400);
  });

  it("lists each operator of seed 003 exactly once", () => {
    expect(new Set(OPERATORS).size).toBe(23);
  });
});
