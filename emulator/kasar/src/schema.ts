import { CANDIDATES, VACANCIES } from "./demo";
import { KasarError } from "./errors";

/**
 * Field types. [ours]: Kasar does not document its schema's field shape; these
 * names and their value formats are this project's (docs/kasar-contract.md).
 */
export const FIELD_TYPES = [
  "text",
  "long_text",
  "email",
  "url",
  "phone",
  "number",
  "boolean",
  "date",
  "datetime",
  "select",
  "multi_select",
  "file",
] as const;

/** One field type. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** An option of a select or multi_select field. */
export interface FieldOption {
  value: string;
  label: string;
}

/** A field as `GET /schema/{object}` describes it ([ours] shape). */
export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** Set by Kasar (`created_at`, `updated_at`); writes refuse it. */
  read_only: boolean;
  /** select and multi_select only. */
  options?: FieldOption[];
  /** Applied by create when the field is absent ("create a record with defaults"). */
  default?: string | number | boolean;
  description: string | null;
}

/** An object (record type), its fields in display order and the objects it associates with. */
export interface ObjectDef {
  name: string;
  label: string;
  fields: FieldDef[];
  associations: string[];
}

const field = (
  name: string,
  label: string,
  type: FieldType,
  extra: Partial<Omit<FieldDef, "name" | "label" | "type">> = {},
): FieldDef => ({
  name,
  label,
  type,
  required: false,
  unique: false,
  read_only: false,
  description: null,
  ...extra,
});

const options = (...pairs: [string, string][]): FieldOption[] =>
  pairs.map(([value, label]) => ({ value, label }));

const TIMESTAMPS = [
  field("created_at", "Created at", "datetime", { read_only: true }),
  field("updated_at", "Updated at", "datetime", { read_only: true }),
];

/** The demo schema: the same for every organisation. */
export const OBJECTS: readonly ObjectDef[] = [
  {
    name: VACANCIES,
    label: "Vacancies",
    associations: [CANDIDATES],
    fields: [
      field("title", "Title", "text", { required: true }),
      field("slug", "Slug", "text", { unique: true }),
      field("status", "Status", "select", {
        required: true,
        default: "open",
        options: options(["open", "Open"], ["closed", "Closed"]),
      }),
      field("description", "Description", "long_text"),
      field("location", "Location", "text"),
      field("department", "Department", "select", {
        options: options(
          ["engineering", "Engineering"],
          ["design", "Design"],
          ["sales", "Sales"],
          ["operations", "Operations"],
        ),
      }),
      field("employment_type", "Employment type", "select", {
        options: options(["full_time", "Full-time"], ["part_time", "Part-time"]),
      }),
      field("hours_per_week", "Hours per week", "number"),
      field("remote", "Remote", "boolean", { default: false }),
      field("skills", "Skills", "multi_select", {
        options: options(
          ["typescript", "TypeScript"],
          ["react", "React"],
          ["java", "Java"],
          ["figma", "Figma"],
          ["sql", "SQL"],
        ),
      }),
      field("publish_date", "Publish date", "date"),
      field("internal_notes", "Internal notes", "long_text", {
        description: "For recruiters only.",
      }),
      field("hiring_budget", "Hiring budget", "number"),
      field("recruiter_email", "Recruiter email", "email"),
      ...TIMESTAMPS,
    ],
  },
  {
    name: CANDIDATES,
    label: "Candidates",
    associations: [VACANCIES],
    fields: [
      field("first_name", "First name", "text", { required: true }),
      field("last_name", "Last name", "text", { required: true }),
      field("email", "Email", "email", { required: true, unique: true }),
      field("phone", "Phone", "phone"),
      field("linkedin_url", "LinkedIn", "url"),
      field("cv", "CV", "file"),
      field("motivation", "Motivation", "long_text"),
      field("source", "Source", "select", {
        default: "website",
        options: options(["website", "Website"], ["referral", "Referral"], ["agency", "Agency"]),
      }),
      field("consent", "Privacy consent", "boolean"),
      field("internal_rating", "Internal rating", "number"),
      field("internal_notes", "Internal notes", "long_text"),
      ...TIMESTAMPS,
    ],
  },
];

/** The object named `name`, else 400 INVALID_OBJECT. */
export function objectDef(name: string): ObjectDef {
  const def = OBJECTS.find((o) => o.name === name);
  if (!def) throw new KasarError("INVALID_OBJECT", `Object '${name}' does not exist`);
  return def;
}

/** The field named `name` of `object`, or undefined. */
export function fieldDef(object: ObjectDef, name: string): FieldDef | undefined {
  return object.fields.find((f) => f.name === name);
}
