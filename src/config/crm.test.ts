import { describe, expect, it } from "vitest";
import { KASAR_DEMO_LISTS } from "../../emulator/kasar/src/edge-settings";
import { KASAR_MAX_FILE_BYTES } from "./kasar-forms";
import { loadConfig } from "./load";

const CARAER = {
  CARAER_COMPANY_UUID: "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f",
  CARAER_API_TOKEN: "caraer-token",
};

/** The fields and messages of a configuration that does not parse; `[]` when it parses. */
function issuesOf(env: Record<string, unknown>) {
  const loaded = loadConfig(env);
  return loaded.ok
    ? []
    : loaded.error.issues.map((issue) => ({ field: issue.field, message: issue.message }));
}

describe("CRM settings", () => {
  it("defaults to Caraer and needs its tenant and token, by name", () => {
    expect(issuesOf({})).toEqual([
      { field: "CARAER_COMPANY_UUID", message: "is required when CRM is caraer" },
      { field: "CARAER_API_TOKEN", message: "is required when CRM is caraer" },
    ]);
    const loaded = loadConfig({ ...CARAER });
    expect(loaded.ok && loaded.config.CRM).toBe("caraer");
  });

  it("a Kasar deployment needs KASAR_API_TOKEN and none of the Caraer settings", () => {
    expect(issuesOf({ CRM: "kasar" })).toEqual([
      { field: "KASAR_API_TOKEN", message: "is required when CRM is kasar" },
    ]);
    const loaded = loadConfig({ CRM: "kasar", KASAR_API_TOKEN: "kasar-token" });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.CRM).toBe("kasar");
    expect(loaded.config.KASAR_API_BASE).toBe("https://kasar.app");
  });

  it("takes KASAR_API_BASE without its trailing slash and refuses what is not http(s)", () => {
    const loaded = loadConfig({
      CRM: "kasar",
      KASAR_API_TOKEN: "t",
      KASAR_API_BASE: "http://localhost:8789/",
    });
    expect(loaded.ok && loaded.config.KASAR_API_BASE).toBe("http://localhost:8789");
    expect(
      issuesOf({ CRM: "kasar", KASAR_API_TOKEN: "t", KASAR_API_BASE: "ftp://x" }).map(
        (issue) => issue.field,
      ),
    ).toEqual(["KASAR_API_BASE"]);
  });

  it("refuses an unknown CRM, naming the setting", () => {
    expect(issuesOf({ ...CARAER, CRM: "salesforce" }).map((issue) => issue.field)).toEqual(["CRM"]);
  });

  it("treats an empty CRM as the default, as dashboards leave cleared variables", () => {
    const loaded = loadConfig({ ...CARAER, CRM: "" });
    expect(loaded.ok && loaded.config.CRM).toBe("caraer");
  });

  describe("Kasar lists", () => {
    const kasar = (list: Record<string, unknown>) =>
      issuesOf({ CRM: "kasar", KASAR_API_TOKEN: "t", LISTS: { jobs: list } });

    it("accepts the demo list", () => {
      expect(issuesOf({ CRM: "kasar", KASAR_API_TOKEN: "t", LISTS: KASAR_DEMO_LISTS })).toEqual([]);
    });

    it("refuses a list without fields: nothing would be public", () => {
      expect(kasar({ object: "vacancies" })).toEqual([
        {
          field: "LISTS.jobs.fields",
          message: "is required when CRM is kasar: name the public fields",
        },
      ]);
    });

    it("refuses filter, sort and search on names outside fields, previews, related filters, unserved operators and pages over 100", () => {
      const issues = kasar({
        object: "vacancies",
        fields: ["title", "location"],
        filter: {
          groups: [
            {
              items: [
                { relation: "owner", property: "name", operator: "equals_exactly", value: "x" },
                { property: "title", operator: "ends_with_flexibly", value: "x" },
              ],
            },
          ],
        },
        filterable: { hiring_budget: ["equals_exactly"], location: ["not_contains_flexibly"] },
        sortable: ["title", "internal_notes"],
        searchable: ["recruiter_email"],
        defaultSort: "-hiring_budget",
        previews: ["card"],
        maxPageSize: 250,
      });
      expect(issues.map((issue) => issue.field)).toEqual([
        "LISTS.jobs.previews",
        "LISTS.jobs.maxPageSize",
        "LISTS.jobs.filter.groups.0.items.0",
        "LISTS.jobs.filter.groups.0.items.1.operator",
        "LISTS.jobs.filterable.hiring_budget",
        "LISTS.jobs.filterable.location.0",
        "LISTS.jobs.defaultSort",
        "LISTS.jobs.sortable.1",
        "LISTS.jobs.searchable.0",
      ]);
    });

    it("lets a Caraer list narrow its public set with fields, and needs none", () => {
      const loaded = loadConfig({
        ...CARAER,
        LISTS: { jobs: { object: "vacancy", fields: ["title"] } },
      });
      expect(loaded.ok && loaded.config.LISTS.jobs?.fields).toEqual(["title"]);
      expect(issuesOf({ ...CARAER, LISTS: { jobs: { object: "vacancy" } } })).toEqual([]);
    });
  });
});

const FORM = "6b000000-0000-4000-8000-000000000001";
const KASAR = { CRM: "kasar", KASAR_API_TOKEN: "kasar-token" };
const LISTS = { vacancies: { object: "vacancies", fields: ["title"] } };
const kasarForm = {
  object: "candidates",
  uniqueField: "email",
  fields: [{ name: "first_name" }, { name: "email" }],
};

describe("FORMS per CRM", () => {
  it("takes a Kasar form with its kasar entry, relation and upload limits", () => {
    const settings = {
      kasar: kasarForm,
      relation: { name: "vacancies", list: "vacancies" },
      uploads: { maxFileBytes: KASAR_MAX_FILE_BYTES, maxFiles: 2 },
    };
    expect(issuesOf({ ...KASAR, LISTS, FORMS: { [FORM]: settings } })).toEqual([]);
  });

  it("refuses a Kasar form without its kasar entry, and '*'", () => {
    expect(issuesOf({ ...KASAR, FORMS: { [FORM]: {}, "*": {} } })).toEqual([
      {
        field: `FORMS.${FORM}.kasar`,
        message: "is required when CRM is kasar: define the form's object and fields",
      },
      {
        field: "FORMS.*",
        message: "Kasar has no forms API: define each form under its own UUID",
      },
    ]);
  });

  it("refuses a kasar entry on Caraer", () => {
    expect(issuesOf({ ...CARAER, FORMS: { [FORM]: { kasar: kasarForm } } })).toEqual([
      { field: `FORMS.${FORM}.kasar`, message: "is only for CRM kasar" },
    ]);
  });

  it("refuses a unique field the form does not ask for, a relation to another object, and files KV cannot hold", () => {
    const settings = {
      kasar: { ...kasarForm, uniqueField: "phone" },
      relation: { name: "jobs", list: "vacancies" },
      uploads: { maxFileBytes: KASAR_MAX_FILE_BYTES + 1, maxFiles: 1 },
    };
    expect(issuesOf({ ...KASAR, LISTS, FORMS: { [FORM]: settings } })).toEqual([
      { field: `FORMS.${FORM}.kasar.uniqueField`, message: "must be one of the form's fields" },
      {
        field: `FORMS.${FORM}.relation.name`,
        message: "must be the list's object (vacancies): Kasar associates records by object",
      },
      {
        field: `FORMS.${FORM}.uploads.maxFileBytes`,
        message: `must be at most ${KASAR_MAX_FILE_BYTES} on Kasar`,
      },
    ]);
  });

  it("refuses a field named twice", () => {
    const fields = [{ name: "email" }, { name: "email", label: "Email again" }];
    expect(issuesOf({ ...KASAR, FORMS: { [FORM]: { kasar: { ...kasarForm, fields } } } })).toEqual([
      { field: `FORMS.${FORM}.kasar.fields`, message: "names each field once" },
    ]);
  });
});
