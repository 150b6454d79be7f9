import { describe, expect, it } from "vitest";
import { listParams, searchBody } from "./contract";

describe("listParams", () => {
  it("serialises filters, sort, limit and cursor as the [ours] list parameters", () => {
    const params = listParams({
      filters: [
        { field: "status", operator: "eq", value: "open" },
        { field: "department", operator: "in", value: ["design", "sales"] },
        { field: "hours_per_week", operator: "gte", value: 32 },
        { field: "skills", operator: "is_empty" },
      ],
      sort: [
        { field: "publish_date", direction: "desc" },
        { field: "title", direction: "asc" },
      ],
      limit: 10,
      cursor: "abc",
    });
    expect([...params]).toEqual([
      ["filter[status][eq]", "open"],
      ["filter[department][in]", "design,sales"],
      ["filter[hours_per_week][gte]", "32"],
      ["filter[skills][is_empty]", "true"],
      ["sort", "-publish_date,title"],
      ["limit", "10"],
      ["cursor", "abc"],
    ]);
    expect(listParams({ cursor: null }).toString()).toBe("");
  });
});

describe("searchBody", () => {
  it("leaves out what is not asked for", () => {
    const group = { operator: "and" as const, filters: [] };
    expect(searchBody(group)).toEqual({ filterGroup: group });
    expect(searchBody(group, { limit: 5, cursor: "c", sort: [] })).toEqual({
      filterGroup: group,
      limit: 5,
      cursor: "c",
    });
  });
});
