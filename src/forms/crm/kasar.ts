import * as z from "zod/v4";
import type { Config } from "../../config/config";
import { MULTI_VALUE_SEPARATOR } from "../../upstream/contract";
import type { KasarClient } from "../../upstream/kasar/client";
import { kasarFileValue } from "../../upstream/kasar/contract";
import { KasarUpstreamError } from "../../upstream/kasar/errors";
import { kasarPublicForm, kasarValue } from "../../upstream/kasar/form";
import { createKasarReadPort } from "../../upstream/kasar/read-port";
import { findRecordInList } from "../../upstream/scope";
import { inputCells } from "../cells";
import { preparedRelation } from "../prepare";
import { UPLOAD_RECEIPT_TTL_SECONDS } from "../uploads/receipts";
import { readStoredFile, storeFiles } from "../uploads/stored";
import type { SubmissionCrm } from "./port";

/** What a Kasar submission keeps for delivery (the prepared submission's `body`). */
const KasarBodySchema = z.object({
  /** The field the record is upserted on. */
  uniqueField: z.string(),
  /** Field → the value Kasar takes, files aside. */
  values: z.record(z.string(), z.unknown()),
  /** File field → keys of files the edge stored, read back at delivery. */
  files: z.record(z.string(), z.array(z.string())),
});

/**
 * The Kasar adapter of the forms and delivery ports (docs/forms.md, "Kasar
 * forms"; docs/kasar-contract.md §6). Kasar has no forms API: the form comes
 * from `FORMS` and Kasar's schema, uploads are kept by the edge in KV and
 * sent with the record, and a submission is a batch upsert on the form's
 * unique field, so a retry after a lost answer cannot create a second record.
 */
export function kasarSubmissionCrm(
  client: KasarClient,
  config: Pick<Config, "FORMS" | "SUBMISSION_RETENTION_SECONDS">,
  kv: KVNamespace,
): SubmissionCrm {
  // The reads' scope check, over the same port: a relation is refused exactly
  // when the list's detail route would answer 404 (docs/kasar-contract.md §4).
  const reads = createKasarReadPort(client);

  /** The record holding a unique value, after Kasar refused a second one. */
  async function existing(object: string, field: string, value: unknown): Promise<string | null> {
    const page = await client.searchRecords(
      object,
      { operator: "and", filters: [{ field, operator: "eq", value }] },
      { limit: 1 },
    );
    return page.data[0]?.id ?? null;
  }

  return {
    crm: "kasar",
    async loadForm(served) {
      const form = served.settings.kasar;
      // Config validation requires the entry on Kasar; a form without one is not served.
      if (!form) return null;
      return kasarPublicForm(served.uuid, form, await client.getSchema(form.object));
    },
    // Kasar's schema lists every option inline.
    fieldOptions: async () => null,
    // Kept past the upload window for as long as the submission may still be delivered.
    storeFiles: (served, files) =>
      storeFiles(
        kv,
        served.uuid,
        files,
        UPLOAD_RECEIPT_TTL_SECONDS + config.SUBMISSION_RETENTION_SECONDS,
      ),
    inList: async (list, id) => (await findRecordInList(reads, list, id)) !== null,
    prepare(formUuid, form, valid) {
      const values: Record<string, unknown> = {};
      const files: Record<string, string[]> = {};
      for (const { property } of inputCells(form)) {
        const cell = valid.cells.get(property.name);
        if (cell === undefined || Object.hasOwn(values, property.name)) continue;
        if (property.type === "file") files[property.name] = cell.split(MULTI_VALUE_SEPARATOR);
        else values[property.name] = kasarValue(property, cell);
      }
      const uniqueField = config.FORMS[formUuid]?.kasar?.uniqueField ?? "";
      return {
        formUuid,
        object: form.object?.name ?? "",
        body: { uniqueField, values, files },
        // Nothing to look for after a lost answer: the upsert is repeated instead.
        match: [],
        ...preparedRelation(valid),
      };
    },
    findLost: async () => null,
    async create(prepared) {
      const body = KasarBodySchema.parse(prepared.body);
      const values = { ...body.values };
      for (const [field, keys] of Object.entries(body.files)) {
        const stored = await Promise.all(
          keys.map((key) => readStoredFile(kv, prepared.formUuid, key)),
        );
        const files = stored.filter((file) => file !== null);
        if (files.length !== keys.length) {
          // Past its retention: the submission cannot be sent as it was made.
          throw new KasarUpstreamError("files.read", "client_error", {
            status: 422,
            code: "FILE_EXPIRED",
          });
        }
        values[field] = kasarFileValue(files);
      }
      try {
        const [record] = await client.batchUpsert(prepared.object, body.uniqueField, [values]);
        if (!record) throw new KasarUpstreamError("records.batchUpsert", "invalid_response");
        return record.id;
      } catch (error) {
        if (!(error instanceof KasarUpstreamError && error.duplicate)) throw error;
        // [ours] The unique value is taken (a race with another write): the record that
        // holds it is this submission's record, kept as it is (docs/kasar-contract.md §6).
        const id = await existing(prepared.object, body.uniqueField, values[body.uniqueField]);
        if (id) return id;
        // Taken, yet not found: not a refusal of this submission; try again later.
        throw new KasarUpstreamError("records.batchUpsert", "invalid_response", {
          status: 409,
          code: "DUPLICATE_RECORD",
        });
      }
    },
    link: (record, relation) =>
      client.associate(record.object, record.id, relation.name, relation.toUuid),
  };
}
