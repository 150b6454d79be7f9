import { describe, expect, it } from "vitest";
import { FormSettingsSchema } from "../../src/config/forms";
import { type Field, formFields } from "../../src/forms/fields";
import { checkValue, isBlank } from "../../src/forms/values";
import { FormView } from "../../src/site/forms/form";
import { translator } from "../../src/site/i18n";
import { everyTypeForm } from "../support/every-type-form";

// The browser's constraint validation as HTML specifies it for the attributes
// the renderer uses (https://html.spec.whatwg.org/#constraints), applied to the
// value a control submits. test/browser checks the same table in Chromium.

/** HTML's "valid e-mail address". */
const HTML_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** HTML's "valid floating-point number". */
const HTML_FLOAT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;
/** HTML's "valid date string" (years of four or more digits). */
const HTML_DATE = /^\d{4,}-\d{2}-\d{2}$/;

type Attributes = Record<string, string | true>;

function attributesOf(tag: string): Attributes {
  const attributes: Attributes = {};
  for (const match of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) {
    const value = match[2];
    attributes[match[1] as string] =
      value === undefined ? true : value.replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  }
  return attributes;
}

/** Whether a browser would let this value be submitted from a control with these attributes. */
function browserAccepts(tag: string, attributes: Attributes, value: string): boolean {
  const type = tag.startsWith("<textarea") ? "textarea" : (attributes.type ?? "text");
  if (value === "") return attributes.required === undefined;
  if (typeof attributes.maxlength === "string" && value.length > Number(attributes.maxlength)) {
    return false;
  }
  if (type === "email" && !HTML_EMAIL.test(value)) return false;
  if (type === "url" && URL.parse(value) === null) return false;
  if (type === "number") {
    if (!HTML_FLOAT.test(value)) return false;
    const number = Number(value);
    if (typeof attributes.min === "string" && number < Number(attributes.min)) return false;
    if (typeof attributes.max === "string" && number > Number(attributes.max)) return false;
  }
  if (type === "date") {
    if (!HTML_DATE.test(value)) return false;
    const [year, month, day] = value.split("-").map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(2000, month - 1, day));
    probe.setUTCFullYear(year);
    if (probe.getUTCMonth() !== month - 1 || year < 1) return false;
    // Dates compare as dates: year, then month, then day, each as a number.
    const key = (date: string) =>
      date.split("-").reduce((sum, part) => sum * 10_000 + Number(part), 0);
    if (typeof attributes.min === "string" && key(value) < key(attributes.min)) return false;
    if (typeof attributes.max === "string" && key(value) > key(attributes.max)) return false;
  }
  if (typeof attributes.pattern === "string") {
    if (!new RegExp(`^(?:${attributes.pattern})$`, "v").test(value)) return false;
  }
  return true;
}

/** Whether the edge accepts the value for the field (blank handling as in validateSubmission). */
function edgeAccepts(field: Field, value: string): boolean {
  if (isBlank(value)) return !field.required;
  return checkValue(field, value).ok;
}

/** Values to try per input name: valid, invalid and edge cases of each check. */
const SAMPLES: Record<string, string[]> = {
  single: ["", "Jane", " Jane ", "x".repeat(1000), "x".repeat(1001)],
  multi: ["", "one\ntwo", "y".repeat(20_000), "y".repeat(20_001)],
  mail: [
    "",
    "jane@example.com",
    "jane.doe+tag@mail.example.co",
    "jane@example",
    "jane@@example.com",
    "jane@example.c",
    ".jane@example.com",
    "ja..ne@example.com",
    "jane!@example.com",
    "jane@exa_mple.com",
    `${"a".repeat(250)}@example.com`,
  ],
  phone: [
    "",
    "+31 6 12345678",
    "(020) 123-4567",
    "12345",
    "123456",
    "1234567890123456",
    "+31 6 1234 abc",
    "06.12.34.56.78",
  ],
  site: [
    "",
    "https://example.com",
    "http://example.com/path?q=1",
    "ftp://example.com",
    "example.com",
    "https://",
    "HTTPS://EXAMPLE.COM",
    "mailto:jane@example.com",
  ],
  json: ["", '{"a":1}', "z".repeat(20_001)],
  amount: ["", "0", "100", "100.5", "-1", "50.25", ".5", "1e2", "1e3"],
  salary: ["", "1000", "999.99", "4200", "2e3"],
  day: [
    "",
    "2026-04-24",
    "2026-02-28",
    "2024-02-29",
    "0099-12-31",
    "0100-01-01",
    "9999-12-31",
    "10000-01-01",
  ],
};

/** A range is two inputs posted under one name: pairs of (from, to). */
const RANGE_SAMPLES: [string, string][] = [
  ["", ""],
  ["0", "40"],
  ["12.5", "20"],
  ["0", "41"],
  ["-1", "10"],
  ["10", "5"],
  ["5", ""],
];

describe("rendered constraints and the edge's validator", () => {
  const form = everyTypeForm();
  const fields = formFields(form);
  const settings = FormSettingsSchema.parse({});
  const html = String(
    FormView({
      definition: { form, fields },
      formUuid: form.uuid,
      settings,
      t: translator("en"),
      action: "/submit",
      idempotencyKey: "key",
      loadedAt: 0,
    }),
  );

  function controlsOf(name: string): string[] {
    return [...html.matchAll(/<(input|textarea|select)\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => tag.includes(` name="${name}"`));
  }

  it("renders an input for every type, the hidden cell hidden, and no read-only or linked input", () => {
    expect(fields.map((field) => field.name)).toEqual([
      "single",
      "multi",
      "mail",
      "phone",
      "site",
      "json",
      "amount",
      "salary",
      "day",
      "consent",
      "newsletter",
      "colour",
      "size",
      "langs",
      "skills",
      "labels",
      "hours",
      "cv",
      "origin",
    ]);
    for (const field of fields) expect(controlsOf(field.name).length).toBeGreaterThan(0);
    expect(controlsOf("origin")).toEqual(['<input type="hidden" name="origin" value="web"/>']);
    expect(controlsOf("score")).toEqual([]);
    expect(controlsOf("owner")).toEqual([]);
    expect(html).toContain('<p class="caraer-slide__text">Read this first.</p>');
    expect(html).toContain(">Send it</button>");
  });

  for (const [name, samples] of Object.entries(SAMPLES)) {
    it(`agree on every sample value of "${name}"`, () => {
      const field = fields.find((candidate) => candidate.name === name) as Field;
      const [tag] = controlsOf(name);
      const attributes = attributesOf(tag as string);
      const disagreements = samples
        .map((value) => ({
          value: value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value,
          browser: browserAccepts(tag as string, attributes, value),
          edge: edgeAccepts(field, value),
        }))
        .filter((row) => row.browser !== row.edge);
      expect(disagreements).toEqual([]);
    });
  }

  it("agree on ranges, except that a browser cannot compare the two ends", () => {
    const field = fields.find((candidate) => candidate.name === "hours") as Field;
    const tags = controlsOf("hours");
    expect(tags).toHaveLength(2);
    const rows = RANGE_SAMPLES.map(([from, to]) => ({
      pair: `${from};${to}`,
      browser: tags.every((tag, index) =>
        browserAccepts(tag, attributesOf(tag), index === 0 ? from : to),
      ),
      edge: isBlank([from, to]) ? !field.required : checkValue(field, [from, to]).ok,
    }));
    // Disagreements the browser cannot express: the order of the ends, and one end left empty.
    expect(rows.filter((row) => row.browser !== row.edge).map((row) => row.pair)).toEqual([
      "10;5",
      "5;",
    ]);
  });

  it("marks required choices, files and checkboxes required, and accepts only the allowed file types", () => {
    const required = (name: string) => controlsOf(name).every((tag) => / required=""/.test(tag));
    expect(required("consent")).toBe(true);
    expect(required("colour")).toBe(true);
    expect(required("skills")).toBe(true);
    expect(required("cv")).toBe(true);
    expect(required("newsletter")).toBe(false);
    expect(attributesOf(controlsOf("cv")[0] as string).accept).toBe(
      "application/pdf,.pdf,application/msword,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx,application/vnd.oasis.opendocument.text,.odt,text/plain,.txt",
    );
    // Only listed options can be chosen, and the edge accepts exactly those.
    const colour = fields.find((field) => field.name === "colour") as Field;
    for (const option of ["red", "green", "blue"]) expect(checkValue(colour, option).ok).toBe(true);
    expect(html.match(/<option value="(red|green|blue)">/g)).toHaveLength(3);
    // A ticked checkbox posts its value, which the edge reads as true.
    expect(controlsOf("consent")[0]).toContain('value="true"');
    expect(checkValue(fields.find((field) => field.name === "consent") as Field, "true")).toEqual({
      ok: true,
      value: "true",
    });
  });
});
