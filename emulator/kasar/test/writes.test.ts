import { beforeEach, describe, expect, it } from "vitest";
import { ALICE_EMAIL, kasarCandidateId, kasarVacancyId } from "../src/demo";
import { api, control, type Rec, reset } from "./helpers";

beforeEach(() => reset());

const newCandidate = {
  first_name: "Noor",
  last_name: "Bakker",
  email: "noor.bakker@example.com",
  cv: {
    url: "https://edge.example.com/files/abc",
    name: "cv.pdf",
    content_type: "application/pdf",
    size: 1234,
  },
};

describe("POST /records/{object}", () => {
  it("creates with defaults and answers 201 { data } with every field", async () => {
    const res = await api<{ data: Rec }>("POST", "/records/candidates", newCandidate);
    expect(res.status).toBe(201);
    const { id, created_at, updated_at, ...rest } = res.body.data;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created_at).toBe(updated_at);
    expect(rest).toEqual({
      ...newCandidate,
      phone: null,
      linkedin_url: null,
      motivation: null,
      source: "website",
      consent: null,
      internal_rating: null,
      internal_notes: null,
    });
    const stored = await control<{ data: { values: Record<string, unknown> } }>(
      "GET",
      `/records/${id}`,
    );
    expect(stored.body.data.values).toEqual({ ...newCandidate, source: "website" });
  });

  it("takes file fields as base64 bytes, one or a list, and checks the size against them", async () => {
    const file = { name: "cv.pdf", content_type: "application/pdf", size: 5, data: "JVBERi0=" };
    const one = await api<{ data: Rec }>("POST", "/records/candidates", {
      ...newCandidate,
      cv: file,
    });
    expect([one.status, one.body.data.cv]).toEqual([201, file]);
    const list = await api<{ data: Rec }>("POST", "/records/candidates", {
      ...newCandidate,
      email: "list@example.com",
      cv: [file, { ...file, name: "letter.pdf" }],
    });
    expect([list.status, list.body.data.cv]).toEqual([
      201,
      [file, { ...file, name: "letter.pdf" }],
    ]);
    for (const cv of [
      { ...file, size: 6 },
      { ...file, data: "not base64!" },
      { ...file, url: newCandidate.cv.url },
    ]) {
      const refused = await api("POST", "/records/candidates", {
        ...newCandidate,
        email: "refused@example.com",
        cv,
      });
      expect(refused.status).toBe(400);
    }
  });

  it("repeats ids after a reset with the same seed", async () => {
    const first = await api<{ data: Rec }>("POST", "/records/candidates", newCandidate);
    await reset();
    const second = await api<{ data: Rec }>("POST", "/records/candidates", newCandidate);
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  it("answers the documented codes with their statuses", async () => {
    const cases: [unknown, number, string, string][] = [
      [
        { ...newCandidate, email: undefined },
        400,
        "MISSING_REQUIRED_FIELD",
        "Field 'email' is required",
      ],
      [
        { ...newCandidate, email: "nope" },
        400,
        "VALIDATION_ERROR",
        "Field 'email' must be a valid email address",
      ],
      [
        { ...newCandidate, shoe_size: 44 },
        400,
        "VALIDATION_ERROR",
        "Unknown field 'shoe_size' on object 'candidates'",
      ],
      [
        { ...newCandidate, created_at: "2026-01-01T00:00:00Z" },
        400,
        "VALIDATION_ERROR",
        "Field 'created_at' is read-only",
      ],
      [
        { ...newCandidate, source: "radio" },
        400,
        "VALIDATION_ERROR",
        "Field 'source' must be one of: website, referral, agency",
      ],
      [
        { ...newCandidate, cv: "s3://bucket/cv.pdf" },
        400,
        "VALIDATION_ERROR",
        "Field 'cv' must be a file or a list of files: { name, content_type?, size?, data: base64 } or { url, name, content_type?, size? }",
      ],
      [
        { ...newCandidate, email: ALICE_EMAIL.toUpperCase() },
        409,
        "DUPLICATE_RECORD",
        `A candidates record with email '${ALICE_EMAIL.toUpperCase()}' already exists`,
      ],
      [[newCandidate], 400, "VALIDATION_ERROR", "The record must be a JSON object"],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await api("POST", "/records/candidates", body);
      expect(res.status, message).toBe(status);
      expect(res.body).toEqual({ error: true, code, message });
    }
    const broken = await api("POST", "/records/candidates", "{not json");
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({
      error: true,
      code: "VALIDATION_ERROR",
      message: "The request body is not valid JSON",
    });
    const all = await control<{ total: number }>("GET", "/records?object=candidates");
    expect(all.body.total).toBe(5);
  });
});

describe("PUT and PATCH /records/{object}/{id}", () => {
  it("update the given fields only; null clears a field; PATCH is an alias", async () => {
    const put = await api<{ data: Rec }>("PUT", `/records/vacancies/${kasarVacancyId(1)}`, {
      status: "closed",
      remote: null,
    });
    expect(put.status).toBe(200);
    expect(put.body.data).toMatchObject({
      status: "closed",
      remote: null,
      title: "Senior Frontend Developer",
    });
    expect(put.body.data.updated_at).not.toBe(put.body.data.created_at);
    const patch = await api<{ data: Rec }>("PATCH", `/records/vacancies/${kasarVacancyId(1)}`, {
      hours_per_week: 32,
    });
    expect(patch.body.data).toMatchObject({ status: "closed", hours_per_week: 32 });
  });

  it("refuses to clear a required field, to take another record's unique value, and unknown ids", async () => {
    const cleared = await api("PUT", `/records/candidates/${kasarCandidateId(2)}`, {
      first_name: "",
    });
    expect(cleared.status).toBe(400);
    expect(cleared.body).toEqual({
      error: true,
      code: "MISSING_REQUIRED_FIELD",
      message: "Field 'first_name' is required",
    });
    const taken = await api("PATCH", `/records/candidates/${kasarCandidateId(2)}`, {
      email: ALICE_EMAIL,
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({
      error: true,
      code: "DUPLICATE_RECORD",
      message: `A candidates record with email '${ALICE_EMAIL}' already exists`,
    });
    const own = await api("PATCH", `/records/candidates/${kasarCandidateId(1)}`, {
      email: ALICE_EMAIL,
    });
    expect(own.status).toBe(200);
    const missing = await api("PUT", "/records/candidates/nope", { first_name: "X" });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: true,
      code: "RECORD_NOT_FOUND",
      message: "No candidates record found with id 'nope'",
    });
  });
});

describe("DELETE /records/{object}/{id}", () => {
  it("deletes the record and its associations", async () => {
    const res = await api("DELETE", `/records/candidates/${kasarCandidateId(1)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { id: kasarCandidateId(1), deleted: true } });
    expect((await api("GET", `/records/candidates/${kasarCandidateId(1)}`)).status).toBe(404);
    const vacancy = await api<{ data: Rec }>("GET", `/records/vacancies/${kasarVacancyId(1)}`);
    expect(vacancy.body.data.associations).toEqual({ candidates: [kasarCandidateId(5)] });
  });
});
