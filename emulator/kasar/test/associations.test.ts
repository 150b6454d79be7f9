import { beforeEach, describe, expect, it } from "vitest";
import { kasarCandidateId, kasarVacancyId } from "../src/demo";
import { api, type Rec, reset } from "./helpers";

const C4 = kasarCandidateId(4);
const V3 = kasarVacancyId(3);
const path = `/records/candidates/${C4}/associations/vacancies/${V3}`;
const associations = async (object: string, id: string) =>
  (await api<{ data: Rec }>("GET", `/records/${object}/${id}`)).body.data.associations;

beforeEach(() => reset());

describe("PUT|DELETE /records/{object}/{id}/associations/{toObject}/{toId}", () => {
  it("links two records once (idempotent), visible from both sides, and unlinks them", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await api("PUT", path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        data: { object: "candidates", id: C4, toObject: "vacancies", toId: V3 },
      });
    }
    expect(await associations("candidates", C4)).toEqual({ vacancies: [V3] });
    expect(await associations("vacancies", V3)).toEqual({ candidates: [kasarCandidateId(3), C4] });
    // Either side can name the link.
    const removed = await api("DELETE", `/records/vacancies/${V3}/associations/candidates/${C4}`);
    expect(removed.status).toBe(200);
    expect(await associations("candidates", C4)).toEqual({});
    expect((await api("DELETE", path)).status).toBe(200);
  });

  it("answers 404 for a missing record and 400 for objects that do not associate", async () => {
    const missing = await api("PUT", `/records/candidates/${C4}/associations/vacancies/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: true,
      code: "RECORD_NOT_FOUND",
      message: "No vacancies record found with id 'nope'",
    });
    const self = await api(
      "PUT",
      `/records/candidates/${C4}/associations/candidates/${kasarCandidateId(1)}`,
    );
    expect(self.status).toBe(400);
    expect(self.body).toEqual({
      error: true,
      code: "VALIDATION_ERROR",
      message: "'candidates' records cannot be associated with 'candidates'",
    });
    const unknown = await api("PUT", `/records/candidates/${C4}/associations/jobs/${V3}`);
    expect(unknown.body).toEqual({
      error: true,
      code: "INVALID_OBJECT",
      message: "Object 'jobs' does not exist",
    });
  });
});
