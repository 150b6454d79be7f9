import { CaraerError, notFound, problem } from "../errors";
import { relationByName } from "../schema";
import { db, now } from "../store";
import type { RelationEdge, StoredRecord } from "../types";

/** Whether a record belongs to an object, as primary or morph object. */
export function isOf(record: StoredRecord, object: string): boolean {
  return record.object === object || record.morphObjects.includes(object);
}

/** The edges touching a record, in either direction, optionally of one relation. */
export function edgesOf(uuid: string, relation: string | null = null): RelationEdge[] {
  return db().edges.filter(
    (e) => (e.from === uuid || e.to === uuid) && (relation === null || e.relation === relation),
  );
}

/** The record on the other end of an edge. */
export function otherEnd(edge: RelationEdge, uuid: string): string {
  return edge.from === uuid ? edge.to : edge.from;
}

/**
 * Active records related to `record`. `relation` null or "*" means any
 * relation; `object` null means any object. [ours] Archived related records
 * do not count: relation filters and linked properties ignore them.
 */
export function relatedRecords(
  record: StoredRecord,
  relation: string | null,
  object: string | null,
): StoredRecord[] {
  const name = relation === "*" ? null : relation;
  const seen = new Set<string>();
  const out: StoredRecord[] = [];
  for (const edge of edgesOf(record.uuid, name)) {
    const other = db().records.get(otherEnd(edge, record.uuid));
    if (!other || other.deletedAt !== null || seen.has(other.uuid)) continue;
    if (object !== null && !isOf(other, object)) continue;
    seen.add(other.uuid);
    out.push(other);
  }
  return out;
}

function resolveEdge(fromUuid: string, relationName: string, toUuid: string) {
  const relation = relationByName(relationName);
  if (!relation) throw notFound(`Relation '${relationName}'`);
  const from = db().records.get(fromUuid);
  if (!from) throw notFound(`Record ${fromUuid}`);
  const to = db().records.get(toUuid);
  if (!to) throw notFound(`Record ${toUuid}`);
  // The direction follows the relation schema, whichever order the caller used.
  if (isOf(from, relation.from) && isOf(to, relation.to)) return { from, to, relation };
  if (isOf(to, relation.from) && isOf(from, relation.to)) return { from: to, to: from, relation };
  throw new CaraerError(400, `Relation '${relationName}' does not connect these records`, [
    problem(
      "RELATION_NOT_ALLOWED",
      `Relation '${relationName}' connects ${relation.from} to ${relation.to}, not ${from.object} to ${to.object}`,
      "Use a relation defined between these objects.",
    ),
  ]);
}

/**
 * Creates or updates (merges) a relation edge. With `primary`, it becomes the
 * only primary edge of that relation into the target record.
 */
export function linkRecords(
  fromUuid: string,
  relationName: string,
  toUuid: string,
  primary: boolean,
): RelationEdge {
  const { from, to, relation } = resolveEdge(fromUuid, relationName, toUuid);
  const edges = db().edges;
  let edge = edges.find(
    (e) => e.relation === relation.name && e.from === from.uuid && e.to === to.uuid,
  );
  if (!edge) {
    edge = {
      relation: relation.name,
      from: from.uuid,
      to: to.uuid,
      primary: false,
      createdAt: now(),
    };
    edges.push(edge);
  }
  if (primary) {
    for (const e of edges) if (e.relation === relation.name && e.to === to.uuid) e.primary = false;
    edge.primary = true;
  }
  return edge;
}

/** Deletes the edge(s) of a relation between two records; deleting a missing edge is a no-op. */
export function unlinkRecords(fromUuid: string, relationName: string, toUuid: string): number {
  const { from, to, relation } = resolveEdge(fromUuid, relationName, toUuid);
  const before = db().edges.length;
  db().edges = db().edges.filter(
    (e) => !(e.relation === relation.name && e.from === from.uuid && e.to === to.uuid),
  );
  return before - db().edges.length;
}

/** Removes every edge touching a record (hard delete). */
export function dropEdges(uuid: string): void {
  db().edges = db().edges.filter((e) => e.from !== uuid && e.to !== uuid);
}
