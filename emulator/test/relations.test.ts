import { beforeEach, describe, expect, it } from "vitest";
import { JANE_DOE_UUID, OPEN_VACANCY_UUID } from "../src/demo";
import {
  C,
  call,
  type Envelope,
  type ErrorBody,
  type FriendlyRecord,
  raw,
  reset,
  uuids,
  V,
} from "./helpers";

const link = (from: string, relation: string, to: string, query = "") =>
  call<Envelope<{ relation: string; fromUuid: string; toUuid: string; primary: boolean }>>(
    "POST",
    `/api/v2/records/relations/${from}/${relation}/${to}${query}`,
  );
const unlink = (from: string, relation: string, to: string) =>
  call<ErrorBody>("DELETE", `/api/v2/records/relations/${from}/${relation}/${to}`);
const candidatesOf = (vacancy: string) =>
  uuids({ mainObject: "candidate" }, `?relatedRecordUuid=${vacancy}`);

describe("relations", () => {
  beforeEach(() => reset());

  it("creates a relation, idempotently (merge)", async () => {
    const res = await link(C(5), "applied_for", OPEN_VACANCY_UUID);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      relation: "applied_for",
      fromUuid: C(5),
      toUuid: OPEN_VACANCY_UUID,
      primary: false,
    });
    await link(C(5), "applied_for", OPEN_VACANCY_UUID);
    expect(await candidatesOf(OPEN_VACANCY_UUID)).toEqual([C(2), C(5), C(7)]);
    expect(
      (await raw(C(5))).relations.filter((r) => r.recordUuid === OPEN_VACANCY_UUID),
    ).toHaveLength(1);
  });

  it("resolves the direction from the relation schema", async () => {
    const res = await link(OPEN_VACANCY_UUID, "applied_for", C(5));
    expect(res.body.data).toMatchObject({ fromUuid: C(5), toUuid: OPEN_VACANCY_UUID });
    expect((await raw(C(5))).relations).toContainEqual(
      expect.objectContaining({
        direction: "outgoing",
        recordUuid: OPEN_VACANCY_UUID,
        object: "vacancy",
      }),
    );
  });

  it("primary=true makes this edge the only primary one into the target", async () => {
    const before = await raw(OPEN_VACANCY_UUID);
    expect(before.relations.map((r) => [r.recordUuid, r.primary])).toEqual([
      [C(2), true],
      [C(7), false],
    ]);
    const res = await link(C(7), "applied_for", OPEN_VACANCY_UUID, "?primary=true");
    expect(res.body.data.primary).toBe(true);
    const after = await raw(OPEN_VACANCY_UUID);
    expect(after.relations.map((r) => [r.recordUuid, r.primary])).toEqual([
      [C(2), false],
      [C(7), true],
    ]);
  });

  it("feeds linked properties: the primary relation wins, else the oldest", async () => {
    const title = async (uuid: string) =>
      (
        await call<Envelope<FriendlyRecord>>(
          "GET",
          `/api/v2/records/${uuid}?recordReturnFormat=USER_FRIENDLY`,
        )
      ).body.data.properties.vacancy_title;
    expect(await title(C(3))).toBe("Product Designer");
    await link(C(3), "applied_for", V(16), "?primary=true");
    expect(await title(C(3))).toBe("UX Researcher");
    await link(JANE_DOE_UUID, "applied_for", V(3));
    expect(await title(JANE_DOE_UUID)).toBe("Backend Engineer (Java)");
  });

  it("deletes a relation (a missing one is a no-op)", async () => {
    expect((await unlink(C(2), "applied_for", OPEN_VACANCY_UUID)).status).toBe(200);
    expect(await candidatesOf(OPEN_VACANCY_UUID)).toEqual([C(7)]);
    expect((await unlink(C(2), "applied_for", OPEN_VACANCY_UUID)).status).toBe(200);
    // Either order names the same edge.
    await unlink(OPEN_VACANCY_UUID, "applied_for", C(7));
    expect(await candidatesOf(OPEN_VACANCY_UUID)).toEqual([]);
  });

  it("answers 404 for a missing record or relation name", async () => {
    for (const [from, relation, to] of [
      [C(99), "applied_for", OPEN_VACANCY_UUID],
      [C(2), "applied_for", V(99)],
      [C(2), "married_to", OPEN_VACANCY_UUID],
    ] as const) {
      const created = await link(from, relation, to);
      expect(created.status).toBe(404);
      expect((created.body as unknown as ErrorBody).errors[0]?.type).toBe("NOT_FOUND");
      expect((await unlink(from, relation, to)).status).toBe(404);
    }
  });

  it("refuses records the relation does not connect", async () => {
    const res = await link(V(1), "applied_for", V(2));
    expect(res.status).toBe(400);
    expect((res.body as unknown as ErrorBody).errors[0]?.type).toBe("RELATION_NOT_ALLOWED");
  });
});
