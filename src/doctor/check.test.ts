import { describe, expect, it } from "vitest";
import { type Config, ConfigSchema } from "../config/config";
import type { Property } from "../upstream/schemas";
import { checkConfiguration } from "./check";
import { editDistance } from "./properties";
import type { Snapshot } from "./snapshot";

const FORM = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";

const property = (name: string, type = "string", webpagePublic = true): Property => ({
  uuid: `uuid-${name}`,
  name,
  label: name,
  type,
  format: null,
  rules: [],
  options: [],
  hidden: false,
  immutable: false,
  nonPublic: false,
  webpagePublic,
});

const VACANCY = [
  property("title"),
  property("location"),
  property("hours", "number"),
  property("department", "single-select"),
  property("internal_notes", "string", false),
];

function config(settings: Record<string, unknown> = {}): Config {
  return ConfigSchema.parse({
    CARAER_COMPANY_UUID: "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f",
    CARAER_API_TOKEN: "token",
    WEBHOOK_SECRET: "webhook-secret-0123456789",
    ADMIN_TOKEN: "admin-token-0123456789",
    LISTS: {
      jobs: {
        object: "vacancy",
        filterable: { location: ["equals_exactly"], department: ["equals_exactly"] },
        sortable: ["title"],
        searchable: ["title"],
        previews: ["card"],
      },
    },
    FORMS: { [FORM]: { relation: { name: "applied_for", list: "jobs" } } },
    ...settings,
  });
}

function snapshot(changes: Partial<Snapshot> = {}): Snapshot {
  return {
    objects: { vacancy: { status: "ok", properties: VACANCY } },
    lists: { jobs: { filter: { status: "ok" }, previews: { card: "ok" } } },
    forms: { [FORM]: { status: "ok", object: "candidate", fileInputs: 1 } },
    relations: { [FORM]: { status: "ok" } },
    ...changes,
  };
}

const codes = (config: Config, facts: Snapshot) =>
  checkConfiguration(config, facts).map((finding) => [finding.code, finding.where.setting]);

describe("checkConfiguration", () => {
  // `department` is a single-select filtered with equals_exactly: served as `any`, so no mistake.
  it("finds nothing in a configuration that matches the schema", () => {
    expect(checkConfiguration(config(), snapshot())).toEqual([]);
  });

  it("names searchable, sortable and default-sort properties that are private, missing or not strings", () => {
    const broken = config({
      LISTS: {
        jobs: {
          object: "vacancy",
          sortable: ["internal_notes"],
          defaultSort: "-salary",
          searchable: ["hours", "title"],
        },
      },
      FORMS: {},
    });
    expect(checkConfiguration(broken, snapshot())).toMatchObject([
      {
        code: "property_not_found",
        where: { setting: "LISTS.jobs.defaultSort", property: "salary" },
      },
      {
        code: "property_type_unsuitable",
        where: { setting: "LISTS.jobs.searchable", property: "hours" },
      },
      {
        code: "property_not_public",
        where: { setting: "LISTS.jobs.sortable", property: "internal_notes" },
      },
    ]);
  });

  it("warns when a form has more file inputs than uploads.maxFiles lets through", () => {
    const facts = snapshot({
      forms: { [FORM]: { status: "ok", object: "candidate", fileInputs: 4 } },
    });
    expect(checkConfiguration(config(), facts)).toEqual([
      {
        severity: "warning",
        code: "uploads_max_files_low",
        where: { setting: `FORMS.${FORM}.uploads.maxFiles`, form: FORM },
        message: `The form has 4 file inputs but uploads.maxFiles is 3, so a multipart submission with a file in each is refused (413).`,
        fix: `Raise FORMS.${FORM}.uploads.maxFiles to at least 4 (maxFileBytes × maxFiles must stay within 50 MiB).`,
      },
    ]);
  });

  it("reports what it could not check when Caraer fails, and previews it had no record for", () => {
    const failed = { status: "failed", reason: "Caraer forms.get failed: timeout" } as const;
    const facts = snapshot({
      lists: { jobs: { filter: { status: "ok" }, previews: null } },
      forms: { [FORM]: failed },
      relations: {},
    });
    expect(codes(config(), facts)).toEqual([
      ["caraer_unreachable", `FORMS.${FORM}`],
      ["preview_unchecked", "LISTS.jobs.previews"],
    ]);
    expect(checkConfiguration(config(), facts)[0]?.message).toBe(
      `Could not check form ${FORM}: Caraer forms.get failed: timeout.`,
    );
  });

  it("an unreachable object is one finding, not one per property", () => {
    const facts = snapshot({
      objects: { vacancy: { status: "failed", reason: "Caraer properties.index failed: network" } },
    });
    expect(codes(config(), facts)).toEqual([["caraer_unreachable", "LISTS.jobs.object"]]);
  });

  it("asks for the secrets and Turnstile settings the features need", () => {
    const bare = config({ WEBHOOK_SECRET: "", ADMIN_TOKEN: "", TURNSTILE_SECRET: "secret-value" });
    expect(codes(bare, snapshot())).toEqual([
      ["admin_token_missing", "ADMIN_TOKEN"],
      ["turnstile_site_key_missing", "TURNSTILE_SITE_KEY"],
      ["webhook_secret_missing", "WEBHOOK_SECRET"],
    ]);
    // Without lists or forms, none of them is needed.
    expect(
      codes(config({ WEBHOOK_SECRET: "", ADMIN_TOKEN: "", LISTS: {}, FORMS: {} }), snapshot()),
    ).toEqual([]);
  });

  it("never puts a secret's value into a finding", () => {
    const secret = "turnstile-secret-value-42";
    const findings = checkConfiguration(
      config({ TURNSTILE_SECRET: secret, ADMIN_TOKEN: "" }),
      snapshot(),
    );
    expect(findings.length).toBe(2);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });
});

describe("editDistance", () => {
  it("counts single-character edits", () => {
    expect(editDistance("locaton", "location")).toBe(1);
    expect(editDistance("title", "title")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
