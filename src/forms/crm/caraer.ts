import type { PreparedSubmission } from "../../delivery/prepared";
import type { CaraerClient } from "../../upstream/client";
import { LOST_RESPONSE_CLOCK_MARGIN_MS } from "../../upstream/contract";
import { UpstreamError } from "../../upstream/errors";
import { findRecordInList } from "../../upstream/scope";
import { prepareSubmission } from "../prepare";
import { forwardFiles } from "../uploads/files";
import type { SubmissionCrm } from "./port";

/**
 * Looks for the record a submit with a lost answer may have created: a record
 * of the form's object, created since the uncertain try, with every match
 * value. `null` when there is none, or nothing to match on (then the submit
 * is simply repeated: a possible duplicate beats a lost application).
 */
async function findLostRecord(
  caraer: CaraerClient,
  prepared: PreparedSubmission,
  since: number,
): Promise<string | null> {
  if (prepared.match.length === 0 || prepared.object === "") return null;
  const result = await caraer.indexRecords({
    mainObject: prepared.object,
    page: 1,
    limit: 1,
    filter: {
      groups: [
        {
          items: [
            ...prepared.match,
            {
              object: null,
              relation: null,
              property: "createdAt",
              operator: "bigger_than_or_equal_to",
              value: since - LOST_RESPONSE_CLOCK_MARGIN_MS,
            },
          ],
        },
      ],
    },
    sort: [{ object: null, relation: null, property: "createdAt", direction: "ASC" }],
  });
  return result.data[0]?.uuid ?? null;
}

/**
 * The Caraer adapter of the forms and delivery ports: Caraer's public forms
 * API (definition, options, upload, submit) and its relations
 * (docs/caraer-contract.md §4).
 */
export function caraerSubmissionCrm(caraer: CaraerClient): SubmissionCrm {
  return {
    crm: "caraer",
    async loadForm(served) {
      try {
        return await caraer.getPublicForm(served.uuid);
      } catch (error) {
        if (error instanceof UpstreamError && error.notFound) return null;
        throw error;
      }
    },
    async fieldOptions(propertyUuid, query) {
      try {
        return await caraer.formOptions(propertyUuid, query);
      } catch (error) {
        if (error instanceof UpstreamError && error.notFound) return null;
        throw error;
      }
    },
    storeFiles: (served, files) => forwardFiles(caraer, served.uuid, files),
    inList: async (list, id) => (await findRecordInList(caraer, list, id)) !== null,
    prepare: prepareSubmission,
    findLost: (prepared, since) => findLostRecord(caraer, prepared, since),
    create: (prepared) => caraer.submitPublicForm(prepared.formUuid, prepared.body),
    link: (record, relation) => caraer.createRelation(record.id, relation.name, relation.toUuid),
  };
}
