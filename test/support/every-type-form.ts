import { type PublicForm, PublicFormSchema } from "../../src/upstream/schemas";

/** A property DTO as Caraer's public form carries it. */
function property(
  index: number,
  name: string,
  type: string,
  format: string,
  extra: Record<string, unknown> = {},
) {
  return {
    uuid: `90000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    name,
    label: `Label of ${name}`,
    type,
    format: { name: format },
    rules: [],
    options: [],
    ...extra,
  };
}

const options = (names: string[]) => names.map((name) => ({ name, label: `Option ${name}` }));

/**
 * A synthetic public form with one input of every type and format the edge
 * validates, required and optional, each select styling, a hidden cell, a
 * read-only and a linked property, a text cell and a section: the form the
 * constraint and privacy tests render.
 */
export function everyTypeForm(): PublicForm {
  let index = 0;
  const cell = (
    name: string,
    type: string,
    format: string,
    settings: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) => ({ property: property(index++, name, type, format, extra), settings });
  return PublicFormSchema.parse({
    uuid: "90000000-0000-4000-8000-00000000f0f0",
    name: "every_type",
    label: "Every type",
    thankYouMessage: "Thanks",
    redirectUrl: null,
    grids: [
      {
        title: "Texts",
        type: "step",
        grid: [
          [cell("single", "string", "single-line", { isRequired: true, placeholder: "Type" })],
          [cell("multi", "string", "multi-line", { helpText: "Long text" })],
          [cell("mail", "string", "email", { isRequired: true })],
          [cell("phone", "string", "phone")],
          [cell("site", "string", "url")],
          [cell("json", "structure", "structure")],
        ],
      },
      { title: "About", type: "section", grid: [[{ text: "<p>Read <b>this</b> first.</p>" }]] },
      {
        title: "Numbers and choices",
        type: "step",
        grid: [
          [cell("amount", "number", "number", { rangeMin: 0, rangeMax: 100 })],
          [cell("salary", "number", "currency", { isRequired: true, rangeMin: 1000 })],
          [cell("day", "date", "date", { isRequired: true })],
          [cell("consent", "checkbox", "checkbox", { isRequired: true })],
          [cell("newsletter", "checkbox", "checkbox")],
          [
            cell(
              "colour",
              "single-select",
              "single-select",
              { isRequired: true },
              {
                options: options(["red", "green", "blue"]),
              },
            ),
          ],
          [
            cell(
              "size",
              "single-select",
              "single-select",
              { styling: "boxes" },
              {
                options: options(["s", "m", "l"]),
              },
            ),
          ],
          [
            cell(
              "langs",
              "multi-select",
              "multi-select",
              {},
              {
                options: options(["nl", "en", "de"]),
              },
            ),
          ],
          [
            cell(
              "skills",
              "multi-select",
              "multi-select",
              { isRequired: true, styling: "dropdown" },
              {
                options: options(["a", "b", "c"]),
              },
            ),
          ],
          [cell("labels", "tag", "tag", {}, { options: options(["x", "y"]) })],
          [cell("hours", "range", "range", { rangeMin: 0, rangeMax: 40 })],
          [cell("cv", "file", "file", { isRequired: true })],
          [cell("origin", "string", "single-line", { hidden: true, defaultValue: "web" })],
          [cell("score", "number", "number", {}, { immutable: true })],
          [cell("owner", "linked-property", "linked-property")],
          [{ submitButton: "Send it" }],
        ],
      },
    ],
  });
}
