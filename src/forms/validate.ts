import type { Config } from "../config/config";
import type { ListDefinition } from "../config/lists";
import { ApiError, type FieldIssue } from "../http/errors";
import { MULTI_VALUE_SEPARATOR } from "../upstream/contract";
import { UpstreamError } from "../upstream/errors";
import type { RawSubmission } from "./body";
import { inputCells, isReadOnly } from "./cells";
import type { FormsCrm } from "./crm/port";
import type { FormDefinition } from "./definition";
import type { Field } from "./fields";
import { RESERVED_FIELDS } from "./reserved";
import type { ServedForm } from "./served";
import type { CheckedFile } from "./uploads/files";
import { isFormUpload } from "./uploads/receipts";
import { checkValue, fileKeys, isBlank } from "./values";

/** The relation a submission asks for, checked against the form's settings. */
export interface RequestedRelation {
  name: string;
  toUuid: string;
  list: ListDefinition;
  /** False when the CRM could not be asked in time: delivery checks the scope before submitting. */
  verified: boolean;
}

/** A submission that passed validation. */
export interface ValidSubmission {
  /** Property name → the encoded cell value, hidden defaults included. */
  cells: Map<string, string>;
  /** Files posted with a multipart submission, uploaded only once everything else is valid. */
  files: Map<string, CheckedFile[]>;
  relation: RequestedRelation | undefined;
}

/** What validation needs besides the submission. */
export interface ValidationContext {
  served: ServedForm;
  definition: FormDefinition;
  config: Config;
  /** The deployment's CRM, for the related record's scope. */
  crm: Pick<FormsCrm, "inList">;
  kv: KVNamespace;
  /** Files of a multipart post, already checked for size and type. */
  checkedFiles: Map<string, CheckedFile[]>;
  now: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a posted hidden value is just the field's own default (or empty). */
function isDefaultValue(field: Field, input: unknown): boolean {
  const value = Array.isArray(input) && input.length === 1 ? input[0] : input;
  return isBlank(value) || value === (field.defaultValue ?? "");
}

/** Fields that must not carry a value: hidden inputs, read-only and unknown names. */
function refuseForeignNames(
  raw: RawSubmission,
  ctx: ValidationContext,
  fields: Map<string, Field>,
): FieldIssue[] {
  const readOnly = new Set(
    inputCells(ctx.definition.form)
      .filter((cell) => isReadOnly(cell.property))
      .map((cell) => cell.property.name),
  );
  const names = new Set([...Object.keys(raw.values), ...Object.keys(raw.files)]);
  const issues: FieldIssue[] = [];
  for (const name of names) {
    const field = fields.get(name);
    // A rendered form carries its hidden cells as hidden inputs with their default value.
    if (field?.hidden && (name in raw.files || !isDefaultValue(field, raw.values[name]))) {
      issues.push({ field: name, code: "hidden_field", message: "This field is set by the form." });
    } else if (!field && readOnly.has(name)) {
      issues.push({ field: name, code: "read_only", message: "This field cannot be submitted." });
    } else if (!field) {
      issues.push({ field: name, code: "unknown_field", message: "This form has no such field." });
    }
  }
  return issues;
}

async function checkFileField(
  field: Field,
  input: unknown,
  posted: CheckedFile[],
  ctx: ValidationContext,
): Promise<FieldIssue | string | null> {
  const keys = isBlank(input) ? [] : fileKeys(input);
  if (keys === undefined) {
    return { field: field.name, code: "invalid_type", message: "Send the keys of uploaded files." };
  }
  if (keys.length === 0 && posted.length === 0) {
    return field.required
      ? { field: field.name, code: "required", message: `Add “${field.label}”.` }
      : null;
  }
  // Each key costs a KV read: a field never holds more files than one upload may carry.
  const { maxFiles } = ctx.served.settings.uploads;
  if (keys.length + posted.length > maxFiles) {
    return { field: field.name, code: "too_many_files", message: `Add at most ${maxFiles} files.` };
  }
  const known = await Promise.all(keys.map((key) => isFormUpload(ctx.kv, ctx.served.uuid, key)));
  if (known.includes(false)) {
    return {
      field: field.name,
      code: "unknown_file",
      message: "Upload the file through this form first (or it expired).",
    };
  }
  return keys.join(MULTI_VALUE_SEPARATOR);
}

async function checkField(
  field: Field,
  raw: RawSubmission,
  ctx: ValidationContext,
): Promise<FieldIssue | string | null> {
  const input = raw.values[field.name];
  const posted = ctx.checkedFiles.get(field.name) ?? [];
  if (field.type === "file") return checkFileField(field, input, posted, ctx);
  if (posted.length > 0 || raw.files[field.name]) {
    return { field: field.name, code: "invalid_type", message: "This field does not take files." };
  }
  if (isBlank(input)) {
    return field.required
      ? { field: field.name, code: "required", message: `Fill in “${field.label}”.` }
      : null;
  }
  const result = checkValue(field, input);
  if (!result.ok) return { field: field.name, code: result.code, message: result.message };
  return result.value;
}

async function checkRelation(
  raw: RawSubmission,
  ctx: ValidationContext,
): Promise<FieldIssue | RequestedRelation | undefined> {
  const field = "relatedRecordUuid";
  if (isBlank(raw.relatedRecordUuid)) return undefined;
  const configured = ctx.served.settings.relation;
  if (!configured) {
    return { field, code: "relation_not_allowed", message: "This form takes no related record." };
  }
  const uuid = raw.relatedRecordUuid;
  if (typeof uuid !== "string" || !UUID.test(uuid.trim())) {
    return { field, code: "invalid_uuid", message: "Send the UUID of the related record." };
  }
  const list = ctx.config.LISTS[configured.list];
  if (!list) {
    throw new ApiError(
      "CONFIG_INVALID",
      "The form's relation names a list that is not configured.",
      {
        issues: [
          {
            field: `FORMS.${ctx.served.uuid}.relation.list`,
            code: "unknown_list",
            message: "must name a list in LISTS",
          },
        ],
      },
    );
  }
  const toUuid = uuid.trim().toLowerCase();
  const relation = { name: configured.name, toUuid, list };
  try {
    if (!(await ctx.crm.inList(list, toUuid))) {
      return {
        field,
        code: "not_found",
        message: "The related record does not exist or is closed.",
      };
    }
    return { ...relation, verified: true };
  } catch (error) {
    // The CRM being down must not lose the application: delivery checks the scope later.
    if (error instanceof UpstreamError && error.transient) return { ...relation, verified: false };
    throw error;
  }
}

function checkLoadedAt(raw: RawSubmission, ctx: ValidationContext): FieldIssue | null {
  const { minSubmitSeconds, requireLoadedAt } = ctx.served.settings.spam;
  const field = RESERVED_FIELDS.loadedAt;
  const loaded = Array.isArray(raw.loadedAt) ? raw.loadedAt[0] : raw.loadedAt;
  if (isBlank(loaded)) {
    return requireLoadedAt
      ? { field, code: "required", message: "Reload the form and submit it again." }
      : null;
  }
  const at = typeof loaded === "number" ? loaded : Number(String(loaded).trim());
  if (!Number.isSafeInteger(at)) {
    return { field, code: "invalid", message: "Send when the form was loaded, in unix ms." };
  }
  if (ctx.now - at < minSubmitSeconds * 1000) {
    return {
      field,
      code: "too_fast",
      message: "That was very quick. Please check the form and submit it again.",
    };
  }
  return null;
}

/**
 * Validates a submission against the form (value rules per type in docs/caraer-contract.md §4, required
 * and hidden cells, unknown and read-only names, the related record, the
 * minimum time) and encodes the values for the form's cells. Every problem is
 * collected, then all are answered together as 422 `VALIDATION_FAILED`.
 */
export async function validateSubmission(
  raw: RawSubmission,
  ctx: ValidationContext,
): Promise<ValidSubmission> {
  const fields = new Map(ctx.definition.fields.map((field) => [field.name, field]));
  const issues = refuseForeignNames(raw, ctx, fields);
  const refused = new Set(issues.map((issue) => issue.field));
  const cells = new Map<string, string>();
  const visible = ctx.definition.fields.filter((field) => !field.hidden);
  const [results, relation] = await Promise.all([
    Promise.all(visible.map((field) => checkField(field, raw, ctx))),
    checkRelation(raw, ctx),
  ]);
  results.forEach((result, index) => {
    const field = visible[index] as Field;
    if (result === null) return;
    if (typeof result === "string") cells.set(field.name, result);
    else if (!refused.has(result.field)) issues.push(result);
  });
  for (const field of ctx.definition.fields) {
    if (field.hidden && field.defaultValue !== null) cells.set(field.name, field.defaultValue);
  }
  if (relation && "code" in relation) issues.push(relation);
  const early = checkLoadedAt(raw, ctx);
  if (early) issues.push(early);
  if (issues.length > 0) {
    throw new ApiError("VALIDATION_FAILED", "Some fields need attention.", { issues });
  }
  const files = new Map(
    [...ctx.checkedFiles].filter(([name]) => fields.get(name)?.type === "file"),
  );
  return { cells, files, relation: relation && !("code" in relation) ? relation : undefined };
}
