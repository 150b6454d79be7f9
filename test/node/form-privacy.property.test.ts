import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormSettingsSchema } from "../../src/config/forms";
import { formFields } from "../../src/forms/fields";
import { FormView } from "../../src/site/forms/form";
import { translator } from "../../src/site/i18n";
import { PublicFormSchema } from "../../src/upstream/schemas";

const TYPES = [
  "string",
  "number",
  "date",
  "checkbox",
  "single-select",
  "multi-select",
  "tag",
  "range",
  "file",
  "structure",
];

// Every place of a public form definition that a rendered form must not show
// carries a SECRET marker: property descriptions and internal flags, disabled
// options, cell values, unknown keys, and read-only and linked properties
// (whose labels, defaults and placeholders are not inputs). What the form
// renders (labels, help, placeholders, enabled options, hidden defaults) is
// drawn without the marker.
const cellArb = fc.record({
  type: fc.constantFrom(...TYPES),
  readOnly: fc.constantFrom("no", "immutable", "linked"),
  required: fc.boolean(),
  hidden: fc.boolean(),
  styling: fc.constantFrom(null, "dropdown", "boxes", "grid"),
  label: fc.stringMatching(/^[A-Za-z ]{1,12}$/),
});

type Cell = typeof cellArb extends fc.Arbitrary<infer T> ? T : never;

function formOf(cells: Cell[], section: boolean) {
  const grid = cells.map((cell, index) => {
    const readOnly = cell.readOnly !== "no";
    const secret = (what: string) => `SECRET-${what}-${index}`;
    return [
      {
        property: {
          uuid: `80000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
          name: `p${index}`,
          label: readOnly ? secret("label") : `Label ${cell.label}`,
          type: cell.readOnly === "linked" ? "linked-property" : cell.type,
          format: { name: cell.type },
          description: secret("description"),
          immutable: cell.readOnly === "immutable",
          nonPublic: true,
          internalNote: secret("note"),
          options: [
            { name: `o${index}`, label: `Option ${index}` },
            { name: secret("disabled"), label: secret("disabled-label"), disabled: true },
          ],
        },
        value: secret("value"),
        settings: {
          label: readOnly ? secret("cell-label") : null,
          isRequired: cell.required,
          hidden: cell.hidden,
          defaultValue: readOnly ? secret("default") : cell.hidden ? `default${index}` : null,
          placeholder: readOnly ? secret("placeholder") : "Type here",
          helpText: readOnly ? secret("help") : "Some help",
          styling: cell.styling,
          internal: secret("setting"),
        },
      },
    ];
  });
  return PublicFormSchema.parse({
    uuid: "80000000-0000-4000-8000-0000000000ff",
    name: "generated",
    label: "Generated",
    internalRouting: "SECRET-form-routing",
    grids: [
      { title: "Step", type: "step", grid, internal: "SECRET-grid" },
      ...(section
        ? [{ title: "About", type: "section", grid: [[{ text: "<p>Public text</p>" }]] }]
        : []),
    ],
  });
}

describe("a rendered form", () => {
  it("never shows anything of the definition beyond its public inputs", () => {
    fc.assert(
      fc.property(
        fc.array(cellArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (cells, section) => {
          const form = formOf(cells, section);
          const html = String(
            FormView({
              definition: { form, fields: formFields(form) },
              formUuid: form.uuid,
              settings: FormSettingsSchema.parse({}),
              t: translator("en"),
              action: "/submit",
              idempotencyKey: "key",
              loadedAt: 0,
              messages: { send: "Send" },
            }),
          );
          expect(html).not.toContain("SECRET");
        },
      ),
      { numRuns: 200 },
    );
  });
});
