/**
 * A sketch of the upstream port: what the reads, forms and delivery cores
 * need from a CRM, whichever it is. The Kasar adapter implements it
 * (`src/upstream/kasar/adapter.ts`); the Caraer client is not behind it yet.
 * Every answer is already projected to public fields: an adapter never hands
 * a core a value that may not leave the Worker.
 */

/** CRM-neutral filter operators; an adapter maps them to its CRM's own. */
export type PortOperator =
  | "eq"
  | "neq"
  | "in"
  | "contains"
  | "starts_with"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "is_empty"
  | "is_not_empty";

/** One condition on a field. */
export interface PortCondition {
  field: string;
  operator: PortOperator;
  value?: unknown;
}

/** A public list's fixed part: the object, the base filter no caller can widen, and its public fields. */
export interface ListScope {
  object: string;
  /** ANDed into every query of the list. */
  baseFilter: readonly PortCondition[];
  /** The fields that may leave the Worker; filters and sorts may use only these. */
  fields: readonly string[];
}

/** A caller's query on a list: its conditions (ANDed with the base filter), sort and page. */
export interface ListPageQuery {
  conditions: readonly PortCondition[];
  sort: readonly { field: string; direction: "asc" | "desc" }[];
  limit: number;
  /** The cursor a previous page answered; absent for the first page. */
  cursor?: string | null;
}

/** A record reduced to its public fields, with its id. */
export type PublicRecord = { id: string } & Record<string, unknown>;

/** One page of a list. */
export interface ListPage {
  records: PublicRecord[];
  total: number;
  /** Continues the same query; null on the last page. */
  nextCursor: string | null;
}

/** A field as the edge renders and validates it. */
export interface FieldDescription {
  name: string;
  label: string;
  type: string;
  required: boolean;
  unique: boolean;
  options: { value: string; label: string }[];
}

/** A render-ready form: the object it creates and its fields in order. */
export interface FormDescription {
  object: string;
  fields: (FieldDescription & { helpText: string | null })[];
  /** Which field makes a create idempotent (a retry updates instead of duplicating). */
  uniqueField: string;
  /** The object a submission is linked to (e.g. the vacancy applied for), if any. */
  linksTo: string | null;
}

/** A reference to one record. */
export interface RecordRef {
  object: string;
  id: string;
}

/** What a core asks of a CRM. */
export interface UpstreamPort {
  /** One page of a list, projected to the scope's fields. */
  queryListPage(scope: ListScope, query: ListPageQuery): Promise<ListPage>;
  /** One record inside the scope, projected; null when missing or out of scope (a 404 either way). */
  fetchInScope(scope: ListScope, id: string): Promise<PublicRecord | null>;
  /** The fields of an object. */
  describeFields(object: string): Promise<FieldDescription[]>;
  /** A form by its configured key; null when there is no such form. */
  describeForm(key: string): Promise<FormDescription | null>;
  /** Creates a record, or updates the one a lost earlier try created (same unique value). */
  createIdempotently(
    object: string,
    uniqueField: string,
    values: Record<string, unknown>,
  ): Promise<RecordRef>;
  /** Links two records; linking twice is one link. */
  link(from: RecordRef, to: RecordRef): Promise<void>;
}

/** A query the port refuses before reaching the CRM (a core validates first; this is the last guard). */
export class PortQueryError extends Error {
  constructor(readonly field: string) {
    super(`Field '${field}' is not public in this list`);
    this.name = "PortQueryError";
  }
}
