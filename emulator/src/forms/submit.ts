import * as z from "zod/v4";
import { validate } from "../body";
import { badRequest, type ErrorItem, problem } from "../errors";
import { type Changes, insertRecord } from "../records/write";
import { objectByName } from "../schema";
import { db } from "../store";
import type { FormDef, StoredRecord } from "../types";
import { toList } from "../values/coerce";
import { normalizeValue, subject } from "../values/normalize";
import { inputCells } from "./present";

const SubmittedCell = z.object({
  property: z.object({ uuid: z.string().optional(), name: z.string().optional() }).nullish(),
  value: z.unknown().optional(),
});

/** The submit body: the public form as fetched, each input cell's `value` set. */
const SubmitBody = z.object({
  grids: z.array(z.object({ grid: z.array(z.array(SubmittedCell)) })),
});

/** The submitted `value`s keyed by property UUID and by name. */
function submittedValues(body: unknown): Map<string, unknown> {
  const form = validate(SubmitBody, body);
  const values = new Map<string, unknown>();
  for (const cell of form.grids.flatMap((g) => g.grid.flat())) {
    if (!cell.property || cell.value === undefined) continue;
    if (cell.property.uuid) values.set(cell.property.uuid, cell.value);
    if (cell.property.name) values.set(cell.property.name, cell.value);
  }
  return values;
}

/**
 * Validates a submission against the stored form (never against what the
 * client claims the form is) and creates a record of the form's object.
 * Values are strings: multi-values and file keys `;`-joined, dates in ms,
 * booleans "true"/"false" [ours]. Every problem is reported at once.
 *
 * [ours] A submission is a plain create: it neither deduplicates repeated
 * submissions nor enforces `unique` rules, so a duplicate delivery creates a
 * duplicate record.
 */
export function submitForm(form: FormDef, body: unknown): StoredRecord {
  const submitted = submittedValues(body);
  const problems: ErrorItem[] = [];
  const changes: Changes = {};
  for (const { def, settings } of inputCells(form)) {
    const sent = submitted.get(def.uuid) ?? submitted.get(def.name);
    if (sent !== undefined && sent !== null && typeof sent !== "string") {
      problems.push(
        problem(
          "INVALID_VALUE",
          `${subject(def)}: the submitted value must be a string`,
          "Encode every value as a string.",
        ),
      );
      continue;
    }
    let text = typeof sent === "string" ? sent.trim() : "";
    if (settings.hidden) text = text || (settings.defaultValue ?? "");
    const required = !settings.hidden && (settings.isRequired || def.rules.includes("required"));
    // A required checkbox is a consent: it has to be ticked.
    const unticked = def.type === "checkbox" && text === "false";
    if (required && (text === "" || unticked)) {
      problems.push(
        problem("VALIDATION", `${subject(def)} is required`, `Fill in '${settings.label}'.`),
      );
      continue;
    }
    if (text === "") continue;
    const normalized = normalizeValue(def, text);
    if (!normalized.ok) {
      problems.push(normalized.error);
      continue;
    }
    const value = normalized.value;
    if (typeof value === "number" && def.type === "number") {
      const { rangeMin: min, rangeMax: max } = settings;
      if ((min !== null && value < min) || (max !== null && value > max)) {
        problems.push(
          problem(
            "INVALID_VALUE",
            `${subject(def)}: ${value} is outside ${min ?? "-∞"}..${max ?? "∞"}`,
            "Send a number within the allowed range.",
          ),
        );
        continue;
      }
    }
    if (def.type === "file" && typeof value === "string") {
      const foreign = (toList(value) ?? []).filter(
        (key) => db().uploads.get(key)?.formUuid !== form.uuid,
      );
      if (foreign.length > 0) {
        problems.push(
          problem(
            "INVALID_VALUE",
            `${subject(def)}: '${foreign.join(";")}' was not uploaded to this form`,
            "Upload the file through this form's upload endpoint first.",
          ),
        );
        continue;
      }
    }
    changes[def.name] = value;
  }
  if (problems.length > 0) throw badRequest(problems);
  const object = objectByName(form.object);
  if (!object) throw new Error(`form ${form.uuid} targets unknown object ${form.object}`);
  return insertRecord(object, changes);
}
