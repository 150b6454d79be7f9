import { describe, expect, it } from "vitest";
import { toPublicSchema } from "../../projection/public-schema";
import { edgeProperty, KasarQueryError, kasarFilterGroup } from "./read-port";

const field = (name: string, type: string) =>
  edgeProperty({
    name,
    label: name,
    type,
    required: false,
    unique: false,
    read_only: false,
    options: [],
    description: null,
  });

const schema = toPublicSchema("vacancies", [
  field("publish_date", "date"),
  field("closes_at", "datetime"),
  field("hours", "number"),
]);

const query = (items: Record<string, unknown>[][]) => ({
  mainObject: "vacancies",
  page: 1,
  limit: 10,
  filter: { groups: items.map((group) => ({ items: group })) },
});

describe("the Kasar read adapter's translation", () => {
  it("maps Kasar field types to the edge's property types, keeping the Kasar type as format", () => {
    expect(
      ["long_text", "boolean", "datetime", "select", "multi_select", "file", "geo"].map((type) => {
        const { type: edge, format } = field("f", type);
        return [edge, format];
      }),
    ).toEqual([
      ["string", "long_text"],
      ["checkbox", "boolean"],
      ["date", "datetime"],
      ["single-select", "select"],
      ["multi-select", "multi_select"],
      ["file", "file"],
      ["string", "geo"],
    ]);
  });

  it("turns groups into an OR of ANDs, uuid into id, and each operator into Kasar's", () => {
    const group = kasarFilterGroup(
      query([
        [
          { property: "status", operator: "equals_exactly", value: "open" },
          { property: "uuid", operator: "equals_exactly", value: "u-1" },
          { property: "department", operator: "any", value: ["design", "sales"] },
          { property: "skills", operator: "all_flexibly", value: ["sql", "java"] },
          { property: "hours", operator: "range", value: "20;36" },
          { property: "location", operator: "is_null", value: null },
        ],
        [{ property: "title", operator: "contains_flexibly", value: "dev" }],
      ]),
      schema,
    );
    expect(group).toEqual({
      operator: "or",
      filters: [
        {
          operator: "and",
          filters: [
            { field: "status", operator: "eq", value: "open" },
            { field: "id", operator: "eq", value: "u-1" },
            { field: "department", operator: "in", value: ["design", "sales"] },
            { field: "skills", operator: "contains", value: "sql" },
            { field: "skills", operator: "contains", value: "java" },
            { field: "hours", operator: "gte", value: 20 },
            { field: "hours", operator: "lte", value: 36 },
            { field: "location", operator: "is_empty" },
          ],
        },
        { operator: "and", filters: [{ field: "title", operator: "contains", value: "dev" }] },
      ],
    });
  });

  it("sends dates parsed to milliseconds as Kasar dates and date-times", () => {
    const ms = Date.UTC(2026, 8, 15, 12);
    const group = kasarFilterGroup(
      query([
        [
          { property: "publish_date", operator: "bigger_than_or_equal_to", value: ms },
          { property: "closes_at", operator: "smaller_than", value: ms },
          { property: "publish_date", operator: "range", value: `${ms};${ms}` },
        ],
      ]),
      schema,
    );
    expect(group.filters[0]).toEqual({
      operator: "and",
      filters: [
        { field: "publish_date", operator: "gte", value: "2026-09-15" },
        { field: "closes_at", operator: "lt", value: "2026-09-15T12:00:00.000Z" },
        { field: "publish_date", operator: "gte", value: "2026-09-15" },
        { field: "publish_date", operator: "lte", value: "2026-09-15" },
      ],
    });
  });

  it("refuses what Kasar cannot express rather than widening the query", () => {
    for (const item of [
      { property: "title", operator: "ends_with_flexibly", value: "x" },
      { relation: "owner", property: "name", operator: "equals_exactly", value: "x" },
      { operator: "equals_exactly", value: "x" },
    ]) {
      expect(() => kasarFilterGroup(query([[item]]))).toThrow(KasarQueryError);
    }
  });
});
