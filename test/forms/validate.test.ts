import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { caraerConfig } from "../../src/config/config";
import { FormSettingsSchema } from "../../src/config/forms";
import { loadConfig } from "../../src/config/load";
import type { RawSubmission } from "../../src/forms/body";
import { caraerSubmissionCrm } from "../../src/forms/crm/caraer";
import { formFields } from "../../src/forms/fields";
import { matchItems, submitBody } from "../../src/forms/prepare";
import { validateSubmission } from "../../src/forms/validate";
import { ApiError } from "../../src/http/errors";
import { createCaraerClient } from "../../src/upstream/client";
import { PublicFormSchema } from "../../src/upstream/schemas";
import { cellValues } from "./support/forms";

// The emulator's demo forms have no tag, range or read-only cells, so these
// rules are checked here on a form built in Caraer's PublicForm shape.
const property = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  uuid: crypto.randomUUID(),
  name,
  label: name,
  type,
  format: { name: type },
  rules: [],
  options: [],
  hidden: false,
  immutable: false,
  nonPublic: false,
  webpagePublic: false,
  ...extra,
});

const form = PublicFormSchema.parse({
  uuid: crypto.randomUUID(),
  name: "synthetic",
  object: { uuid: crypto.randomUUID(), name: "candidate", label: "Candidate" },
  grids: [
    {
      title: "All",
      type: "step",
      grid: [
        [
          {
            property: property("email", "string", { format: { name: "email" } }),
            settings: { isRequired: true },
          },
        ],
        [
          {
            property: property("labels", "tag", {
              options: [{ name: "backend", label: "Backend" }],
            }),
            settings: {},
          },
        ],
        [
          {
            property: property("salary_range", "range"),
            settings: { rangeMin: 0, rangeMax: 10000 },
          },
        ],
        [{ property: property("candidate_score", "number", { immutable: true }), settings: {} }],
        [{ property: property("vacancy_title", "linked-property"), settings: {} }],
        [{ property: property("secret_note", "string", { nonPublic: true }), settings: {} }],
        [{ submitButton: "Send" }],
      ],
    },
  ],
});

const loaded = loadConfig(env);
if (!loaded.ok) throw loaded.error;
const config = caraerConfig(loaded.config);

function raw(values: Record<string, unknown>): RawSubmission {
  return {
    encoding: "json",
    values,
    files: {},
    relatedRecordUuid: undefined,
    honeypot: undefined,
    turnstileToken: undefined,
    loadedAt: undefined,
    idempotencyKey: undefined,
  };
}

function validate(values: Record<string, unknown>) {
  return validateSubmission(raw(values), {
    served: { uuid: form.uuid, settings: FormSettingsSchema.parse({}) },
    definition: { form, fields: formFields(form) },
    config,
    crm: caraerSubmissionCrm(
      createCaraerClient({
        baseUrl: config.CARAER_API_BASE,
        token: config.CARAER_API_TOKEN,
        companyUuid: config.CARAER_COMPANY_UUID,
        timeoutMs: 1_000,
      }),
    ),
    kv: env.CACHE,
    checkedFiles: new Map(),
    now: Date.now(),
  });
}

async function issues(values: Record<string, unknown>): Promise<[string, string][]> {
  try {
    await validate(values);
  } catch (error) {
    if (error instanceof ApiError && error.issues) {
      return error.issues.map((issue) => [issue.field, issue.code]);
    }
    throw error;
  }
  return [];
}

describe("validation of tag, range and read-only cells", () => {
  it("leaves read-only cells out of the fields", () => {
    expect(formFields(form).map((field) => field.name)).toEqual([
      "email",
      "labels",
      "salary_range",
      "secret_note",
    ]);
  });

  it("encodes tags (free-form, deduplicated) and ranges", async () => {
    const valid = await validate({
      email: "jane@example.com",
      labels: ["backend", "remote-ok", "backend"],
      salary_range: [3500, "5000"],
    });
    expect([...valid.cells]).toEqual([
      ["email", "jane@example.com"],
      ["labels", "backend;remote-ok"],
      ["salary_range", "3500;5000"],
    ]);
    const again = await validate({ email: "a@b.co", labels: "a; b", salary_range: "10;10" });
    expect(again.cells.get("labels")).toBe("a;b");
    expect(again.cells.get("salary_range")).toBe("10;10");
  });

  it("refuses bad tags and ranges", async () => {
    expect(await issues({ email: "a@b.co", labels: [1, 2] })).toEqual([["labels", "invalid_type"]]);
    expect(await issues({ email: "a@b.co", labels: ["x".repeat(101)] })).toEqual([
      ["labels", "invalid_tag"],
    ]);
    for (const range of ["5000;3500", "1;2;3", "a;b", 7, [1]]) {
      expect(await issues({ email: "a@b.co", salary_range: range })).toEqual([
        ["salary_range", "invalid_range"],
      ]);
    }
    expect(await issues({ email: "a@b.co", salary_range: "0;10001" })).toEqual([
      ["salary_range", "out_of_range"],
    ]);
  });

  it("refuses values for immutable and linked-property cells as read-only", async () => {
    expect(await issues({ email: "a@b.co", candidate_score: 5, vacancy_title: "x" })).toEqual([
      ["candidate_score", "read_only"],
      ["vacancy_title", "read_only"],
    ]);
  });

  it("places values into the form's cells, read-only cells untouched", async () => {
    const valid = await validate({ email: "a@b.co", salary_range: "1;2" });
    const body = submitBody(form, valid.cells) as {
      grids: { grid: { property?: { format: unknown } }[][] }[];
    };
    expect(cellValues(body)).toEqual({
      email: "a@b.co",
      labels: null,
      salary_range: "1;2",
      candidate_score: null,
      vacancy_title: null,
      secret_note: null,
    });
    // Properties go back in the shape they were fetched in.
    expect(body.grids[0]?.grid[0]?.[0]?.property?.format).toEqual({ name: "email" });
  });

  it("matches lost records only on values Caraer compares exactly and a token may filter on", async () => {
    const valid = await validate({
      email: "a@b.co",
      labels: "x",
      salary_range: "1;2",
      secret_note: "s",
    });
    expect(matchItems(form, valid.cells)).toEqual([
      {
        object: null,
        relation: null,
        property: "email",
        operator: "equals_exactly",
        value: "a@b.co",
      },
    ]);
  });
});
