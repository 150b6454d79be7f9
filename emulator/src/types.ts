/** Property types Caraer knows. */
export const PROPERTY_TYPES = [
  "string",
  "number",
  "date",
  "single-select",
  "multi-select",
  "file",
  "tag",
  "structure",
  "linked-property",
  "checkbox",
  "range",
] as const;

/** One of Caraer's property types. */
export type PropertyType = (typeof PROPERTY_TYPES)[number];

/** A select/tag option. */
export interface OptionDef {
  name: string;
  label: string;
  icon?: string;
  color?: string;
  disabled?: boolean;
}

/** The shared (company-wide) definition of a property. */
export interface PropertyDef {
  uuid: string;
  name: string;
  label: string;
  type: PropertyType;
  format: string;
  rules: string[];
  options: OptionDef[];
  immutable: boolean;
  nonPublic: boolean;
  webpagePublic: boolean;
  description: string | null;
  /** linked-property only: the relation to follow and the property to read on the other side. */
  linked?: { relation: string; property: string };
  /** file only: accepted file extensions (lowercase, with dot). */
  accept?: string[];
}

/** A property attached to an object, with the per-object settings. */
export interface AttachedProperty {
  name: string;
  group: string | null;
  hidden: boolean;
}

/** An object (record type) and the properties attached to it, in display order. */
export interface ObjectDef {
  uuid: string;
  name: string;
  label: string;
  properties: AttachedProperty[];
}

/**
 * A stored value. string: string, single-select, range ("min;max"), structure
 * (JSON text), file (keys `;`-joined); number and date (unix ms): number;
 * checkbox: boolean; multi-select and tag: string[]. Absent means null.
 */
export type StoredValue = string | number | boolean | string[];

/** A record as the store holds it, nonPublic values included. */
export interface StoredRecord {
  uuid: string;
  object: string;
  morphObjects: string[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  anonymized: boolean;
  values: Record<string, StoredValue>;
}

/** A relation type between two objects. */
export interface RelationDef {
  uuid: string;
  name: string;
  label: string;
  from: string;
  to: string;
}

/** One relation edge between two records. */
export interface RelationEdge {
  relation: string;
  from: string;
  to: string;
  primary: boolean;
  createdAt: number;
}

/** Settings of a form cell, as the public form shows them. */
export interface CellSettings {
  label: string | null;
  defaultValue: string | null;
  isRequired: boolean;
  hidden: boolean;
  placeholder: string | null;
  helpText: string | null;
  styling: "dropdown" | "grid" | "boxes" | null;
  rangeMin: number | null;
  rangeMax: number | null;
}

/** A cell of a stored form: an input bound to a property, static text, or the submit button. */
export type FormCellDef =
  | {
      property: string;
      settings?: Partial<CellSettings>;
      /**
       * [ours] The cell's property comes without inline `options`, as Caraer may send a
       * select with a long list: clients ask the public options route for them.
       */
      optionsByRequest?: true;
    }
  | { text: string }
  | { submitButton: string };

/** A slide of a form: a `section` shows information, a `step` holds inputs. */
export interface FormGridDef {
  title: string;
  description: string | null;
  type: "section" | "step";
  grid: FormCellDef[][];
}

/** A stored form. */
export interface FormDef {
  uuid: string;
  name: string;
  label: string;
  description: string | null;
  object: string;
  styling: "standard" | "underline" | "plain";
  wizard: boolean;
  metadata: Record<string, string>;
  thankYouMessage: string | null;
  redirectUrl: string | null;
  grids: FormGridDef[];
}

/** A cell of a preview template. `buttonUrl` may hold `{{property}}` placeholders. */
export type PreviewCellDef =
  | { property: string; settings?: Record<string, unknown> }
  | { text: string; settings?: Record<string, unknown> }
  | { buttonText: string; buttonUrl: string; settings?: Record<string, unknown> };

/** A named display template of an object. */
export interface PreviewDef {
  uuid: string;
  name: string;
  object: string;
  grid: PreviewCellDef[][];
  styling: Record<string, string | number>;
}

/** A node of a webpage's content tree. */
export interface ContentNode {
  type: "box" | "component";
  settings: Record<string, unknown>;
  children: ContentNode[];
}

/** A stored webpage of the public site. */
export interface WebpageDef {
  uuid: string;
  subdomain: string;
  rootSlug: string;
  slug: string;
  title: string;
  excerpt: string | null;
  image: string | null;
  content: ContentNode[];
  /** The backing record, when the page shows one. */
  recordUuid: string | null;
  metaData: Record<string, string>;
  isPublished: boolean;
}

/** A file uploaded through a public form. */
export interface Upload {
  key: string;
  name: string;
  size: number;
  type: string;
  formUuid: string;
}
