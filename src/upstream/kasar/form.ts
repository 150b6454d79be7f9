import type { KasarForm } from "../../config/forms";
import { MULTI_VALUE_SEPARATOR } from "../contract";
import type { Property, PublicForm } from "../schemas";
import type { KasarField, KasarObject } from "./contract";

/**
 * [ours] Kasar field types as the edge's form input types and formats, so
 * the forms core (validation, value encoding, HTML) works unchanged
 * (docs/kasar-contract.md §6). A type missing here keeps its Kasar name,
 * which the core refuses as an unsupported input.
 */
export const KASAR_INPUT_TYPES: Readonly<Record<string, { type: string; format: string | null }>> =
  {
    text: { type: "string", format: "single-line" },
    long_text: { type: "string", format: "multi-line" },
    email: { type: "string", format: "email" },
    url: { type: "string", format: "url" },
    phone: { type: "string", format: "phone" },
    number: { type: "number", format: null },
    boolean: { type: "checkbox", format: null },
    date: { type: "date", format: "date" },
    datetime: { type: "date", format: "datetime" },
    select: { type: "single-select", format: null },
    multi_select: { type: "multi-select", format: null },
    file: { type: "file", format: null },
  };

/**
 * [ours] A field's id in the edge's form shape (`propertyUuid`): Kasar
 * fields have names, not ids, so it is a name-based UUID (version 8, from
 * SHA-256 of object and field name), stable across deploys and isolates.
 */
export async function kasarFieldUuid(object: string, name: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`kasar:${object}.${name}`)),
  );
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One Kasar field as the property of a form cell. */
async function property(object: string, field: KasarField) {
  const input = KASAR_INPUT_TYPES[field.type] ?? { type: field.type, format: null };
  return {
    uuid: await kasarFieldUuid(object, field.name),
    name: field.name,
    label: field.label ?? field.name,
    type: input.type,
    format: input.format,
    rules: field.required ? ["required"] : [],
    options: field.options.map((option) => ({ name: option.value, label: option.label ?? null })),
    hidden: false,
    immutable: field.read_only,
    nonPublic: false,
    webpagePublic: false,
  };
}

/**
 * The form the forms core renders and validates, built from a Kasar form of
 * `FORMS` and its object's schema: one slide, one cell per configured field
 * in the configured order, with the configured texts. Fields the schema does
 * not know, and read-only ones, are left out (the doctor's and the config's
 * business, not a visitor's); a field Kasar requires stays required.
 */
export async function kasarPublicForm(
  uuid: string,
  form: KasarForm,
  schema: KasarObject,
): Promise<PublicForm> {
  const known = new Map(schema.fields.map((field) => [field.name, field]));
  const configured = form.fields.flatMap((entry) => {
    const field = known.get(entry.name);
    return field && !field.read_only ? [{ entry, field }] : [];
  });
  const cells = await Promise.all(
    configured.map(async ({ entry, field }) => [
      {
        property: await property(form.object, field),
        settings: {
          label: entry.label ?? field.label ?? field.name,
          isRequired: entry.required === true || field.required,
          helpText: entry.helpText ?? field.description ?? null,
          placeholder: entry.placeholder ?? null,
        },
      },
    ]),
  );
  return {
    uuid,
    name: form.title ?? schema.label ?? form.object,
    label: form.title ?? null,
    object: { name: form.object },
    thankYouMessage: form.thankYouMessage ?? null,
    redirectUrl: null,
    grids: [{ title: null, type: "slide", grid: cells }],
  };
}

/**
 * [ours] A value the forms core encoded for a cell (Caraer's cell strings:
 * numbers and unix-ms dates as digits, lists `;`-joined) as the JSON value
 * Kasar takes for the field's type (docs/kasar-contract.md §6).
 */
export function kasarValue(property: Pick<Property, "type" | "format">, cell: string): unknown {
  switch (property.type) {
    case "number":
      return Number(cell);
    case "checkbox":
      return cell === "true";
    case "date": {
      const iso = new Date(Number(cell)).toISOString();
      return property.format === "datetime" ? iso : iso.slice(0, 10);
    }
    case "multi-select":
      return cell.split(MULTI_VALUE_SEPARATOR);
    default:
      return cell;
  }
}
