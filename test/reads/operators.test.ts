import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { edgeSettled, edgeWith, resetAll } from "../helpers";
import { callerItem, type ErrorBody, lastIndexFilter, OPEN_ONLY, vacancies } from "./fixtures";

const baseList = (env as unknown as { LISTS: { vacancies: Record<string, unknown> } }).LISTS
  .vacancies;

/**
 * A second list whose `department` (a single-select) is configured with an
 * operator Caraer cannot apply to it first, then one the edge can serve.
 */
const MISTAKEN = {
  LISTS: {
    vacancies: baseList,
    mistaken: {
      ...baseList,
      filterable: { department: ["contains_flexibly", "equals_exactly"], hours: ["range"] },
    },
  },
};

const WARNING = {
  list: "mistaken",
  property: "department",
  operator: "contains_flexibly",
  type: "single-select",
  message:
    "LISTS.mistaken.filterable.department: contains_flexibly cannot filter a single-select property; it is ignored",
};

function warnLines(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
}

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

describe("filter operators a property's type cannot serve", () => {
  it("are never the default, never offered, and reported once in the log and in /healthz", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // The default operator is the first one that can be served: equality, sent as `any`.
    const list = await edgeWith(MISTAKEN, "/v1/lists/mistaken?filter[department]=design");
    expect(list.status).toBe(200);
    expect(
      ((await list.json()) as { data: { uuid: string }[] }).data.map((record) => record.uuid),
    ).toEqual(vacancies(16, 4));
    expect(await lastIndexFilter()).toEqual({
      groups: [{ items: [OPEN_ONLY, callerItem("department", "any", ["design"])] }],
    });

    // Asked for by name, it is refused, and the message offers only what works.
    const refused = await edgeWith(
      MISTAKEN,
      "/v1/lists/mistaken?filter[department][contains_flexibly]=des",
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error.issues).toEqual([
      {
        field: "filter.department",
        code: "operator_not_allowed",
        message: "operator contains_flexibly is not allowed on department; allowed: equals_exactly",
      },
    ]);

    const health = await edgeWith(MISTAKEN, "/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", warnings: [WARNING] });

    const logged = warnLines(warn).filter(
      (line) => line.event === "config.filter_operator_unservable",
    );
    expect(logged).toEqual([expect.objectContaining({ level: "warn", ...WARNING })]);
  });

  it("leave a correctly configured list without warnings", async () => {
    expect((await edgeSettled("/v1/lists/vacancies?filter[department]=data")).status).toBe(200);
    const health = await edgeSettled("/healthz");
    expect(await health.json()).toEqual({ status: "ok", warnings: [] });
  });
});
