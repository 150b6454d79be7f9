import type { Property } from "../upstream/schemas";

/**
 * A Caraer call the doctor could not complete for another reason than "not
 * found" (network, timeout, 5xx, a refused token): what it wanted to check
 * stays unchecked and is reported as `caraer_unreachable`.
 */
export interface Unreachable {
  status: "failed";
  /** The failed call, e.g. `Caraer properties.index failed: timeout`. Never a body or URL. */
  reason: string;
}

/** What Caraer says about an object: its whole properties index, or that it has none. */
export type ObjectFacts =
  | { status: "ok"; properties: readonly Property[] }
  | { status: "missing" }
  | Unreachable;

/** Whether Caraer accepts a list's base filter, and which of its previews a record of it has. */
export interface ListFacts {
  filter: { status: "ok" } | { status: "rejected" } | Unreachable;
  /**
   * Preview name → whether it exists, checked on the list's first record;
   * `null` when the list has no record to check them on.
   */
  previews: Record<string, "ok" | "missing" | Unreachable> | null;
}

/** What Caraer's public form route says about a served form. */
export type FormFacts =
  | {
      status: "ok";
      /** The object a submission creates a record of, e.g. `candidate`. */
      object: string | null;
      /** How many file inputs the form has. */
      fileInputs: number;
    }
  | { status: "missing" }
  | Unreachable;

/** Whether Caraer knows a form's relation between the form's object and its list's object. */
export type RelationFacts = { status: "ok" } | { status: "missing" } | Unreachable;

/**
 * The live Caraer schema the configuration is checked against, gathered by
 * `gatherSnapshot` through the upstream client. Keys: object names, list
 * names and form UUIDs as configured.
 */
export interface Snapshot {
  objects: Record<string, ObjectFacts>;
  lists: Record<string, ListFacts>;
  forms: Record<string, FormFacts>;
  /** By form UUID, for forms with a `relation`. */
  relations: Record<string, RelationFacts>;
}
