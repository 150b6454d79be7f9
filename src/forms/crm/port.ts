import type { Crm } from "../../config/config";
import type { ListDefinition } from "../../config/lists";
import type { PreparedSubmission } from "../../delivery/prepared";
import type { CaraerClient } from "../../upstream/client";
import type { PublicForm } from "../../upstream/schemas";
import type { ServedForm } from "../served";
import type { CheckedFile, UploadedFile } from "../uploads/files";
import type { ValidSubmission } from "../validate";

/** A page of a select field's options, as Caraer's public options route answers it. */
export type OptionsPage = Awaited<ReturnType<CaraerClient["formOptions"]>>;

/**
 * What the forms core asks of the deployment's CRM (docs/architecture.md,
 * "Upstream port"): the only place the forms core meets a CRM. Definitions,
 * validation, value encoding, spam layers, HTML and the ledger stay CRM-neutral.
 */
export interface FormsCrm {
  readonly crm: Crm;
  /**
   * The form as the core renders and validates it (Caraer's public form, or
   * one built from `FORMS` and Kasar's schema); null when the CRM has no such form.
   */
  loadForm(served: ServedForm): Promise<PublicForm | null>;
  /** One page of a select field's options; null when the CRM lists options inline only. */
  fieldOptions(
    propertyUuid: string,
    query: Parameters<CaraerClient["formOptions"]>[1],
  ): Promise<OptionsPage | null>;
  /** Stores checked files where delivery finds them, answering the keys a submission names. */
  storeFiles(served: ServedForm, files: CheckedFile[]): Promise<UploadedFile[]>;
  /** Whether a record lies inside a public list's scope (object, base filter). */
  inList(list: ListDefinition, id: string): Promise<boolean>;
  /** What the ledger keeps to deliver a valid submission without its request. */
  prepare(formUuid: string, form: PublicForm, valid: ValidSubmission): PreparedSubmission;
}

/** A prepared submission's link to a related record. */
export type PreparedRelation = NonNullable<PreparedSubmission["relation"]>;

/**
 * What a delivery try asks of the CRM (src/delivery/attempt.ts). Each call
 * throws an `UpstreamError` on failure, which the try classifies.
 */
export interface DeliveryCrm {
  /** Whether the related record lies inside its list's scope. */
  inList(list: ListDefinition, id: string): Promise<boolean>;
  /**
   * The record an earlier try with a lost answer created, if it can be found;
   * null when there is none (or when creating again cannot duplicate it).
   */
  findLost(prepared: PreparedSubmission, since: number): Promise<string | null>;
  /** Creates the submission's record, answering its id. */
  create(prepared: PreparedSubmission): Promise<string>;
  /** Links the submission's record (of the form's object) to the related one; twice is one link. */
  link(record: { object: string; id: string }, relation: PreparedRelation): Promise<void>;
}

/** Both sides of a CRM adapter. */
export type SubmissionCrm = FormsCrm & DeliveryCrm;
