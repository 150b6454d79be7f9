import { db } from "../store";
import type { StoredRecord } from "../types";

/** A stored record exactly as held, nonPublic values and relation edges included (timestamps in ms). */
export function rawRecord(record: StoredRecord) {
  return {
    ...structuredClone(record),
    relations: db()
      .edges.filter((e) => e.from === record.uuid || e.to === record.uuid)
      .map((e) => {
        const outgoing = e.from === record.uuid;
        const other = outgoing ? e.to : e.from;
        return {
          relation: e.relation,
          direction: outgoing ? "outgoing" : "incoming",
          recordUuid: other,
          object: db().records.get(other)?.object ?? null,
          primary: e.primary,
          createdAt: e.createdAt,
        };
      }),
  };
}
