import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_VACANCY_UUID,
} from "../../emulator/src/demo";
import type { Finding } from "../../src/doctor/findings";
import { edgeWith, emulatorRequests, resetAll } from "../helpers";

beforeEach(resetAll);

const ADMIN_TOKEN = "operator-token-for-the-doctor-0123";
const UNKNOWN_FORM = "00000000-0000-4000-8000-00000000dead";

interface CheckBody {
  data: { findings: Finding[]; counts: { error: number; warning: number; info: number } };
}

/** Runs the configuration check with settings replaced, as the operator. */
async function configCheck(overrides: Record<string, unknown> = {}): Promise<CheckBody> {
  const response = await edgeWith({ ADMIN_TOKEN, ...overrides }, "/v1/admin/config-check", {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  return (await response.json()) as CheckBody;
}

const demoList = (env.LISTS as unknown as { vacancies: Record<string, unknown> }).vacancies;
const demoSite = env.SITE as unknown as Record<string, unknown>;

/** One of each mistake the doctor knows, against the emulator's demo tenant. */
const BROKEN = {
  LISTS: {
    vacancies: {
      ...demoList,
      filterable: {
        location: ["equals_exactly"],
        // Private: not webpagePublic in Caraer.
        hiring_budget: ["range"],
        // Misspelt.
        locaton: ["equals_exactly"],
        // A single-select cannot be searched by substring.
        department: ["contains_flexibly"],
      },
      previews: ["card", "summary"],
    },
    ghosts: { object: "ghost" },
    drafts: {
      object: "vacancy",
      filter: {
        groups: [{ items: [{ property: "status_vacancy", operator: "range", value: "1;2" }] }],
      },
    },
    people: { object: "candidate" },
  },
  FORMS: {
    // A relation Caraer does not have.
    [APPLICATION_FORM_UUID]: { relation: { name: "applied_to", list: "vacancies" } },
    // A relation Caraer has, but not between candidates and candidates.
    [OPEN_APPLICATION_FORM_UUID]: { relation: { name: "applied_for", list: "people" } },
    // Not a public form of the company.
    [UNKNOWN_FORM]: {},
    "*": { relation: { name: "applied_for", list: "jobs" } },
  },
  SITE: {
    ...demoSite,
    home: { rootSlug: "careers", slug: "home" },
    lists: {
      vacancies: {
        slug: "publish_date",
        summary: ["location", "internal_notes"],
        jobPosting: { title: "title", description: "descripton", datePosted: "publish_date" },
      },
    },
  },
  CARAER_SUBDOMAIN: "",
  WEBHOOK_SECRET: "",
  TURNSTILE_SITE_KEY: "1x00000000000000000000AA",
};

describe("GET /v1/admin/config-check", () => {
  it("reports the demo configuration clean", async () => {
    expect(await configCheck()).toEqual({
      data: { findings: [], counts: { error: 0, warning: 0, info: 0 } },
    });
  });

  it("finds every mistake of a broken configuration, errors first, each with its place", async () => {
    const body = await configCheck(BROKEN);
    const form = (uuid: string, setting = `FORMS.${uuid}`) => ({ setting, form: uuid });
    const vacancies = (setting: string, property?: string) => ({
      setting,
      list: "vacancies",
      ...(property ? { property } : {}),
    });
    expect(body.data.findings.map(({ severity, code, where }) => [severity, code, where])).toEqual([
      ["error", "relation_list_unknown", form("*", "FORMS.*.relation.list")],
      ["error", "form_not_found", form(UNKNOWN_FORM)],
      [
        "error",
        "relation_not_found",
        form(OPEN_APPLICATION_FORM_UUID, `FORMS.${OPEN_APPLICATION_FORM_UUID}.relation.name`),
      ],
      [
        "error",
        "relation_not_found",
        form(APPLICATION_FORM_UUID, `FORMS.${APPLICATION_FORM_UUID}.relation.name`),
      ],
      ["error", "list_filter_rejected", { setting: "LISTS.drafts.filter", list: "drafts" }],
      ["error", "object_not_found", { setting: "LISTS.ghosts.object", list: "ghosts" }],
      [
        "error",
        "operator_unservable",
        vacancies("LISTS.vacancies.filterable.department", "department"),
      ],
      [
        "error",
        "property_not_public",
        vacancies("LISTS.vacancies.filterable.hiring_budget", "hiring_budget"),
      ],
      ["error", "property_not_found", vacancies("LISTS.vacancies.filterable.locaton", "locaton")],
      ["error", "preview_not_found", vacancies("LISTS.vacancies.previews")],
      ["error", "site_home_needs_subdomain", { setting: "SITE.home" }],
      [
        "error",
        "property_not_found",
        vacancies("SITE.lists.vacancies.jobPosting.description", "descripton"),
      ],
      ["error", "property_type_unsuitable", vacancies("SITE.lists.vacancies.slug", "publish_date")],
      ["error", "property_not_public", vacancies("SITE.lists.vacancies.summary", "internal_notes")],
      ["warning", "turnstile_secret_missing", { setting: "TURNSTILE_SECRET" }],
      ["warning", "webhook_secret_missing", { setting: "WEBHOOK_SECRET" }],
      ["info", "form_wildcard", form("*")],
    ]);
    expect(body.data.counts).toEqual({ error: 14, warning: 2, info: 1 });
    const byCode = (code: string, setting: string) =>
      body.data.findings.find((f) => f.code === code && f.where.setting === setting);
    expect(byCode("property_not_found", "LISTS.vacancies.filterable.locaton")).toEqual({
      severity: "error",
      code: "property_not_found",
      where: vacancies("LISTS.vacancies.filterable.locaton", "locaton"),
      message: '"locaton" is not a property of the vacancy object.',
      fix: 'Did you mean "location"? Use a property of the object\'s properties index in Caraer, or remove "locaton" from LISTS.vacancies.filterable.',
    });
    expect(byCode("operator_unservable", "LISTS.vacancies.filterable.department")?.message).toBe(
      'contains_flexibly cannot filter "department", a single-select property; the edge ignores it.',
    );
    expect(byCode("preview_not_found", "LISTS.vacancies.previews")?.message).toBe(
      'The vacancy object has no preview "summary", so /previews/summary answers 404.',
    );
    expect(
      byCode("relation_not_found", `FORMS.${OPEN_APPLICATION_FORM_UUID}.relation.name`)?.message,
    ).toBe(
      'Caraer has no relation "applied_for" between candidate and candidate, so linking each submission to its candidate fails and the submission is dead-lettered.',
    );
  });

  it("checks live and read-only: previews on the list's first record, nothing written", async () => {
    await configCheck();
    const requests = await emulatorRequests();
    expect(requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/index"))).toEqual([]);
    expect(
      requests
        .filter((r) => r.path.includes("/previews/"))
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      `/api/v2/records/${OPEN_VACANCY_UUID}/previews/card`,
      `/api/v2/records/${OPEN_VACANCY_UUID}/previews/detail`,
    ]);
  });

  it("answers only to the operator token", async () => {
    const without = await edgeWith({ ADMIN_TOKEN }, "/v1/admin/config-check");
    expect(without.status).toBe(401);
    expect(((await without.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    const wrong = await edgeWith({ ADMIN_TOKEN }, "/v1/admin/config-check", {
      headers: { Authorization: "Bearer not-the-operator-token" },
    });
    expect(wrong.status).toBe(401);
  });
});
