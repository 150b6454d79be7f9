import { beforeEach, describe, expect, it } from "vitest";
import { ALICE_EMAIL, kasarCandidateId, kasarVacancyId } from "../src/demo";
import { api, control, type Rec, reset } from "./helpers";

beforeEach(() => reset());

const candidate = (n: number) => ({
  first_name: `First${n}`,
  last_name: `Last${n}`,
  email: `person${n}@example.com`,
});
const count = async () =>
  (await control<{ total: number }>("GET", "/records?object=candidates")).body.total;

describe("POST /records/{object}/batch/upsert", () => {
  it("creates once and updates on a retry: never a second record for the same email", async () => {
    const body = { uniqueField: "email", records: [candidate(1), candidate(2)] };
    const first = await api<{ data: Rec[] }>("POST", "/records/candidates/batch/upsert", body);
    expect(first.status).toBe(200);
    expect(await count()).toBe(7);
    const retry = await api<{ data: Rec[] }>("POST", "/records/candidates/batch/upsert", {
      uniqueField: "email",
      records: [
        { ...candidate(1), email: "PERSON1@example.com", motivation: "again" },
        candidate(2),
      ],
    });
    expect(retry.status).toBe(200);
    expect(retry.body.data.map((r) => r.id)).toEqual(first.body.data.map((r) => r.id));
    expect(retry.body.data[0]).toMatchObject({ motivation: "again", email: "PERSON1@example.com" });
    expect(await count()).toBe(7);
  });

  it("updates a seeded record matched on its unique field, keeping what the batch does not send", async () => {
    const res = await api<{ data: Rec[] }>("POST", "/records/candidates/batch/upsert", {
      uniqueField: "email",
      records: [{ first_name: "Alice", last_name: "Martin-Roy", email: ALICE_EMAIL }],
    });
    expect(res.body.data[0]).toMatchObject({
      id: kasarCandidateId(1),
      last_name: "Martin-Roy",
      phone: "+31 6 1234 5601",
    });
  });

  it("refuses a field that is not unique, a record without it and the same key twice", async () => {
    const cases: [unknown, string, string][] = [
      [
        { uniqueField: "last_name", records: [candidate(1)] },
        "VALIDATION_ERROR",
        "'last_name' is not a unique field of 'candidates'",
      ],
      [
        { uniqueField: "email", records: [{ first_name: "A", last_name: "B" }] },
        "MISSING_REQUIRED_FIELD",
        "records[0]: Field 'email' is required",
      ],
      [
        {
          uniqueField: "email",
          records: [candidate(1), { ...candidate(3), email: "Person1@example.com" }],
        },
        "VALIDATION_ERROR",
        "A batch upsert names the same email twice",
      ],
    ];
    for (const [body, code, message] of cases) {
      const res = await api("POST", "/records/candidates/batch/upsert", body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: true, code, message });
    }
    expect(await count()).toBe(5);
  });
});

describe("POST /records/{object}/batch/create and update", () => {
  it("creates up to 100 records and refuses 101", async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => candidate(i));
    const ok = await api<{ data: Rec[] }>("POST", "/records/candidates/batch/create", {
      records: hundred,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data).toHaveLength(100);
    const tooMany = await api("POST", "/records/candidates/batch/create", {
      records: [...hundred, candidate(100)],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: true, code: "VALIDATION_ERROR" });
    expect(await count()).toBe(105);
  });

  it("is all or nothing: one duplicate (stored or within the batch) fails the batch with 409", async () => {
    for (const records of [
      [candidate(1), { ...candidate(2), email: ALICE_EMAIL }],
      [candidate(1), candidate(1)],
    ]) {
      const res = await api("POST", "/records/candidates/batch/create", { records });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: true, code: "DUPLICATE_RECORD" });
      expect((res.body as { message: string }).message).toMatch(/^records\[1\]: /);
    }
    expect(await count()).toBe(5);
  });

  it("updates by id; an unknown id fails the whole batch with 404", async () => {
    const ok = await api<{ data: Rec[] }>("POST", "/records/vacancies/batch/update", {
      records: [
        { id: kasarVacancyId(1), status: "closed" },
        { id: kasarVacancyId(2), status: "closed" },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.map((r) => r.status)).toEqual(["closed", "closed"]);
    const bad = await api("POST", "/records/vacancies/batch/update", {
      records: [
        { id: kasarVacancyId(3), status: "closed" },
        { id: "nope", status: "closed" },
      ],
    });
    expect(bad.status).toBe(404);
    expect(bad.body).toEqual({
      error: true,
      code: "RECORD_NOT_FOUND",
      message: "records[1]: No vacancies record found with id 'nope'",
    });
    const third = await api<{ data: Rec }>("GET", `/records/vacancies/${kasarVacancyId(3)}`);
    expect(third.body.data.status).toBe("open");
  });
});
