import type { MatchItem, PreparedSubmission } from "../delivery/prepared";
import { EMPTY_CELL_VALUE } from "../upstream/contract";
import type { PublicForm } from "../upstream/schemas";
import { inputCells } from "./cells";
import type { ValidSubmission } from "./validate";

/**
 * The submit body Caraer expects (docs/caraer-contract.md §4): the public form as fetched,
 * with each input cell's `value` set to its encoded value. A property's
 * `format` goes back in the read shape (`{ name }`) it was fetched in.
 */
export function submitBody(form: PublicForm, cells: ReadonlyMap<string, string>): unknown {
  return {
    ...form,
    grids: form.grids.map((slide) => ({
      ...slide,
      grid: slide.grid?.map((row) =>
        row.map((cell) => {
          if (!cell.property) return cell;
          const { format } = cell.property;
          return {
            ...cell,
            property: { ...cell.property, format: format === null ? null : { name: format } },
            value: cells.get(cell.property.name) ?? EMPTY_CELL_VALUE,
          };
        }),
      ),
    })),
  };
}

/**
 * Filter items that find this submission's record again: every submitted
 * value that Caraer stores verbatim and can compare exactly. Multi-line text
 * (line endings may be normalised), lists, files and structures are left
 * out, and so are `nonPublic` properties, which a token may not filter on.
 */
export function matchItems(form: PublicForm, cells: ReadonlyMap<string, string>): MatchItem[] {
  const items: MatchItem[] = [];
  const seen = new Set<string>();
  for (const { property } of inputCells(form)) {
    const value = cells.get(property.name);
    if (value === undefined || property.nonPublic || seen.has(property.name)) continue;
    seen.add(property.name);
    const item = { object: null, relation: null, property: property.name } as const;
    if (property.type === "string" && property.format !== "multi-line") {
      items.push({ ...item, operator: "equals_exactly", value });
    } else if (property.type === "number" || property.type === "date") {
      items.push({ ...item, operator: "equals_exactly", value: Number(value) });
    } else if (property.type === "checkbox") {
      items.push({ ...item, operator: "equals_exactly", value: value === "true" });
    } else if (property.type === "single-select") {
      items.push({ ...item, operator: "any", value: [value] });
    }
  }
  return items;
}

/** The prepared link of a valid submission to its related record, if it asks for one. */
export function preparedRelation(valid: ValidSubmission): Pick<PreparedSubmission, "relation"> {
  const relation = valid.relation;
  return relation
    ? {
        relation: {
          name: relation.name,
          toUuid: relation.toUuid,
          list: relation.list,
          verified: relation.verified,
        },
      }
    : {};
}

/** Builds the prepared submission from a valid one whose files are uploaded. */
export function prepareSubmission(
  formUuid: string,
  form: PublicForm,
  valid: ValidSubmission,
): PreparedSubmission {
  return {
    formUuid,
    object: form.object?.name ?? "",
    body: submitBody(form, valid.cells),
    match: matchItems(form, valid.cells),
    ...preparedRelation(valid),
  };
}
