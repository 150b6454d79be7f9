import type { ListDefinition } from "../config/lists";
import type { PublicSchema } from "../projection/public-schema";
import type { RecordsIndexBody } from "./client";
import { andItems } from "./filter";
import type { CaraerRecord } from "./schemas";

/** A `show` entry asking Caraer for one property of the main object. */
export type ShowItem = { object: string | null; relation: string | null; property: string };

/**
 * `show` entries for every public property of an object: Caraer is asked for
 * public values only, a second line of defence behind the projection.
 */
export function publicShow(object: string, schema: PublicSchema): ShowItem[] {
  return [...schema.properties.keys()].map((property) => ({ object, relation: null, property }));
}

/** What finding a record in scope needs: the Caraer client, or a read port (src/upstream/read-port.ts). */
export interface RecordSearch {
  indexRecords(body: RecordsIndexBody): Promise<{ data: CaraerRecord[] }>;
}

/**
 * Finds a record only if it lies inside a public list's scope: the list's
 * object, the list's base filter, not archived. Anything else is `null`, so a
 * draft or archived vacancy is indistinguishable from a missing one.
 *
 * It queries `records/index` rather than `GET /records/{uuid}` because only the
 * index applies the base filter in Caraer itself. Through the Kasar port it is
 * one search with the base filter plus the id (docs/kasar-contract.md §4).
 */
export async function findRecordInList(
  caraer: RecordSearch,
  list: ListDefinition,
  uuid: string,
  show?: ShowItem[],
): Promise<CaraerRecord | null> {
  const result = await caraer.indexRecords({
    mainObject: list.object,
    page: 1,
    limit: 1,
    filter: andItems(list.filter, [
      { object: null, relation: null, property: "uuid", operator: "equals_exactly", value: uuid },
    ]),
    ...(show ? { show } : {}),
  });
  const record = result.data[0];
  return record && record.uuid === uuid ? record : null;
}
