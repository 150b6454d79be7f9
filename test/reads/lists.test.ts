import { beforeEach, describe, expect, it } from "vitest";
import { PRIVATE_VACANCY_PROPERTIES } from "../../emulator/src/demo";
import { edge, emulatorRequests, resetAll } from "../helpers";
import {
  callerItem,
  type ErrorBody,
  type ListBody,
  lastIndexFilter,
  OPEN_BY_NEWEST,
  OPEN_ONLY,
  PUBLIC_VACANCY_KEYS,
  vacancies,
  vacancy,
} from "./fixtures";

async function list(query: string): Promise<ListBody> {
  const response = await edge(`/v1/lists/vacancies${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ListBody;
}

async function uuids(query: string): Promise<string[]> {
  return (await list(query)).data.map((record) => record.uuid);
}

async function invalid(query: string): Promise<ErrorBody["error"]> {
  const response = await edge(`/v1/lists/vacancies${query}`);
  expect(response.status).toBe(400);
  return ((await response.json()) as ErrorBody).error;
}

beforeEach(resetAll);

describe("GET /v1/lists/{list}", () => {
  it("serves the first page of open, active vacancies, newest first, with public properties only", async () => {
    const body = await list("");
    expect(body.meta).toEqual({ page: 1, limit: 10, total: 18, lastPage: 2 });
    expect(body.data.map((record) => record.uuid)).toEqual(
      vacancies(...OPEN_BY_NEWEST.slice(0, 10)),
    );
    expect(body.data[0]).toEqual({
      uuid: vacancy(18),
      updatedAt: "2025-06-05T11:17:00.000Z",
      properties: {
        department: "customer_success",
        description: "Solve the tricky tickets and feed what you learn back to engineering.",
        employment_type: "full_time",
        hours: 38,
        location: "Eindhoven",
        publish_date: Date.UTC(2026, 2, 6),
        remote: false,
        salary_range: "3400;4200",
        skills: ["english", "communication"],
        slug: "support-engineer-eindhoven",
        tags: null,
        title: "Support Engineer",
      },
    });
    for (const record of body.data)
      expect(Object.keys(record.properties).sort()).toEqual(PUBLIC_VACANCY_KEYS);
  });

  it("pages with page and limit, and reports the last page", async () => {
    const second = await list("?page=2&limit=5");
    expect(second.meta).toEqual({ page: 2, limit: 5, total: 18, lastPage: 4 });
    expect(second.data.map((record) => record.uuid)).toEqual(vacancies(13, 12, 11, 10, 9));
    const last = await list("?page=4&limit=5");
    expect(last.data.map((record) => record.uuid)).toEqual(vacancies(3, 2, 1));
    const beyond = await list("?page=5&limit=5");
    expect(beyond.data).toEqual([]);
  });

  it("filters with the first allowed operator, and ORs repeated values", async () => {
    expect(await uuids("?filter[location]=Amsterdam")).toEqual(vacancies(17, 15, 10, 4, 1));
    expect(await uuids("?filter[location]=Amsterdam&filter[location]=Utrecht&limit=50")).toEqual(
      vacancies(17, 15, 13, 11, 10, 7, 4, 3, 1),
    );
  });

  it("sends set operators as one item with all values", async () => {
    expect(await uuids("?filter[department]=design&filter[department]=data")).toEqual(
      vacancies(17, 16, 9, 4, 3),
    );
    expect(await lastIndexFilter()).toEqual({
      groups: [{ items: [OPEN_ONLY, callerItem("department", "any", ["data", "design"])] }],
    });
  });

  it("filters a single-select by equality, sent to Caraer as any of the one value", async () => {
    const sentAsAny = (value: string) => ({
      groups: [{ items: [OPEN_ONLY, callerItem("department", "any", [value])] }],
    });
    // The demo list configures department = ["equals_exactly", "any"]: equality is the default.
    expect(await uuids("?filter[department]=design")).toEqual(vacancies(16, 4));
    expect(await lastIndexFilter()).toEqual(sentAsAny("design"));
    expect(await uuids("?filter[department][equals_exactly]=data")).toEqual(vacancies(17, 9, 3));
    expect(await lastIndexFilter()).toEqual(sentAsAny("data"));
    const error = await invalid("?filter[department][contains_flexibly]=design");
    expect(error.issues).toEqual([
      {
        field: "filter.department",
        code: "operator_not_allowed",
        message:
          "operator contains_flexibly is not allowed on department; allowed: equals_exactly, any",
      },
    ]);
  });

  it("accepts other allowed operators as filter[prop][op]", async () => {
    expect(await uuids("?filter[hours][range]=30;36")).toEqual(vacancies(11, 8, 4, 3));
    expect(await uuids("?filter[hours][bigger_than_or_equal_to]=38&filter[remote]=true")).toEqual(
      vacancies(13, 1),
    );
    // Amsterdam and Rotterdam: contains_flexibly is case-insensitive.
    expect(await uuids("?filter[location][contains_flexibly]=DAM")).toEqual(
      vacancies(17, 16, 15, 14, 10, 6, 4, 2, 1),
    );
    expect(await uuids("?filter[publish_date][smaller_than]=2026-01-21")).toEqual(
      vacancies(3, 2, 1),
    );
  });

  it("sorts by an allowed public property, ascending or descending, with several keys", async () => {
    const byTitle = await list("?sort=title&limit=3");
    expect(byTitle.data.map((record) => record.properties.title)).toEqual([
      "Account Executive",
      "Backend Engineer (Java)",
      "Content Writer",
    ]);
    const byHours = await list("?sort=-hours,title&limit=4&filter[location]=Rotterdam");
    expect(
      byHours.data.map((record) => [record.properties.hours, record.properties.title]),
    ).toEqual([
      [40, "Account Executive"],
      [40, "Backend Engineer (Java)"],
      [40, "Financial Controller"],
      [28, "UX Researcher"],
    ]);
  });

  it("searches the searchable properties case-insensitively, combined with filters", async () => {
    expect(await uuids("?q=engineer")).toEqual(vacancies(18, 17, 9, 8, 2));
    expect(await uuids("?q=DEVELOP")).toEqual(vacancies(15, 13, 1));
    expect(await uuids("?q=develop&filter[location]=Amsterdam")).toEqual(vacancies(15, 1));
  });

  it("turns q into OR-ed contains_flexibly groups that each keep the base filter, never Caraer's query", async () => {
    await list("?q=green&filter[remote]=true");
    const [sent] = await emulatorRequests({ method: "POST", path: "/api/v2/records/index" });
    const body = sent?.body as Record<string, unknown>;
    expect(body.query).toBeUndefined();
    const base = { property: "status_vacancy", operator: "any", value: ["open"] };
    const remote = {
      object: null,
      relation: null,
      property: "remote",
      operator: "equals_exactly",
      value: true,
    };
    const contains = (property: string) => ({
      object: null,
      relation: null,
      property,
      operator: "contains_flexibly",
      value: "green",
    });
    expect(body.filter).toEqual({
      groups: [
        { items: [base, remote, contains("title")] },
        { items: [base, remote, contains("description")] },
      ],
    });
    expect(body.show).toEqual(
      PUBLIC_VACANCY_KEYS.map((property) => ({ object: "vacancy", relation: null, property })),
    );
    expect(body.sort).toEqual([
      { object: "vacancy", relation: null, property: "publish_date", direction: "DESC" },
    ]);
    expect(sent?.auth).toBe("valid");
    expect(sent?.query).toEqual({ recordReturnFormat: "USER_FRIENDLY" });
  });

  it("refuses filters, sorts and searches on non-public properties with the same answer as unknown ones", async () => {
    for (const property of PRIVATE_VACANCY_PROPERTIES) {
      const error = await invalid(`?filter[${property}]=x`);
      expect(error.issues).toEqual([
        {
          field: `filter.${property}`,
          code: "not_filterable",
          message: `${property} is not a filterable property of this list`,
        },
      ]);
      const sortError = await invalid(`?sort=-${property}`);
      expect(sortError.issues).toEqual([
        {
          field: "sort",
          code: "not_sortable",
          message: `${property} is not a sortable property of this list`,
        },
      ]);
    }
    const unknown = await invalid("?filter[nope]=x");
    expect(unknown.issues?.[0]?.code).toBe("not_filterable");
    expect(await emulatorRequests({ method: "POST", path: "/api/v2/records/index" })).toEqual([]);
  });

  it("reports every invalid parameter together and sends nothing upstream", async () => {
    const error = await invalid(
      "?page=0&limit=51&filter[hours][contains_flexibly]=4&filter[remote]=maybe&filter[department]=astronauts&colour=red&q=" +
        "x".repeat(201),
    );
    expect(error.code).toBe("INVALID_REQUEST");
    expect(error.issues).toEqual([
      { field: "page", code: "invalid", message: "page must be a positive integer" },
      { field: "limit", code: "invalid", message: "limit must be an integer from 1 to 50" },
      { field: "q", code: "too_long", message: "q must be at most 200 characters" },
      {
        field: "filter.hours",
        code: "operator_not_allowed",
        message:
          "operator contains_flexibly is not allowed on hours; allowed: bigger_than_or_equal_to, smaller_than_or_equal_to, range",
      },
      {
        field: "filter.remote",
        code: "invalid_value",
        message: "not a valid value for remote (checkbox) with equals_exactly",
      },
      {
        field: "filter.department",
        code: "invalid_value",
        message: "not a valid value for department (single-select) with equals_exactly",
      },
      { field: "colour", code: "unknown_parameter", message: "is not a parameter of this route" },
    ]);
    expect(await emulatorRequests({ method: "POST", path: "/api/v2/records/index" })).toEqual([]);
  });

  it("refuses a parameter named __proto__ or with no name, like any unknown parameter", async () => {
    // zod cannot carry a `__proto__` key and Hono's query parser skips an empty name, so the
    // route reads the query string itself (src/routes/lists/list.ts).
    const error = await invalid("?__proto__=1&=x");
    expect(error.issues).toEqual([
      {
        field: "__proto__",
        code: "unknown_parameter",
        message: "is not a parameter of this route",
      },
      { field: "", code: "unknown_parameter", message: "is not a parameter of this route" },
    ]);
    expect(await emulatorRequests({ method: "POST", path: "/api/v2/records/index" })).toEqual([]);
  });

  it("stops paging at 10,000 records", async () => {
    const error = await invalid("?page=201&limit=50");
    expect(error.issues).toEqual([
      {
        field: "page",
        code: "too_deep",
        message: "paging stops at 10000 records; narrow the query instead",
      },
    ]);
  });

  it("answers 404 for an unknown list and 400 for a malformed list name", async () => {
    const unknown = await edge("/v1/lists/candidates");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.message).toBe("No such list.");
    const malformed = await edge("/v1/lists/Not_A_Slug");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBe("INVALID_REQUEST");
  });
});
