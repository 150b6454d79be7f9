import { beforeEach, describe, expect, it } from "vitest";
import {
  DEMO_COMPANY_UUID,
  JANE_DOE_EMAIL,
  JANE_DOE_UUID,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../src/demo";
import {
  C,
  call,
  type Envelope,
  type ErrorBody,
  type FriendlyRecord,
  type RecordOut,
  raw,
  rawAll,
  reset,
  uuids,
  V,
} from "./helpers";

const FILES = `${DEMO_COMPANY_UUID}/files`;
const FRIENDLY = "?recordReturnFormat=USER_FRIENDLY";

const create = (object: string, properties: Record<string, unknown>, query = FRIENDLY) =>
  call<Envelope<FriendlyRecord>>("POST", `/api/v2/records/${object}${query}`, { properties });
const update = (
  object: string,
  uuid: string,
  properties: Record<string, unknown>,
  query = FRIENDLY,
) =>
  call<Envelope<FriendlyRecord>>("PUT", `/api/v2/records/${object}/${uuid}${query}`, {
    properties,
  });
const upsert = (object: string, values: Record<string, unknown>) =>
  call<Envelope<FriendlyRecord>>("POST", `/api/v2/records/${object}/createOrUpdate${FRIENDLY}`, {
    values,
  });
const remove = (uuid: string, mode?: string) =>
  call<Envelope<null>>("DELETE", `/api/v2/records/${uuid}${mode ? `?mode=${mode}` : ""}`);
const restore = (uuid: string) =>
  call<Envelope<RecordOut>>("POST", `/api/v2/records/${uuid}/restore`);

describe("POST /records/{object}", () => {
  beforeEach(() => reset());

  it("creates a record with every value type normalised (201)", async () => {
    const res = await create("candidate", {
      firstname: "Ada",
      lastname: "Lovelace",
      email: "ada@example.com",
      phone: "+44 20 7946 0958",
      date_of_birth: "1990-12-10",
      motivation: "Engines.",
      cv: `${FILES}/candidates/ada.pdf`,
      linkedin: "https://www.linkedin.com/in/ada",
      expected_salary: "5000",
      available_from: Date.UTC(2026, 0, 1),
      preferred_employment_type: "part_time",
      skills: ["python", "sql"],
      remote: "true",
      profile_data: '{"github":"ada"}',
      source: "website",
      gdpr_consent: true,
      status_candidate: "new",
      labels: "frontend;custom_label",
      salary_range: "4000;5000",
    });
    expect(res.status).toBe(201);
    expect(res.body.message).toBe("Record created");
    const stored = await raw(res.body.data.uuid);
    expect(stored.values).toEqual({
      firstname: "Ada",
      lastname: "Lovelace",
      email: "ada@example.com",
      phone: "+44 20 7946 0958",
      date_of_birth: Date.UTC(1990, 11, 10),
      motivation: "Engines.",
      cv: `${FILES}/candidates/ada.pdf`,
      linkedin: "https://www.linkedin.com/in/ada",
      expected_salary: 5000,
      available_from: Date.UTC(2026, 0, 1),
      preferred_employment_type: "part_time",
      skills: ["python", "sql"],
      remote: true,
      profile_data: '{"github":"ada"}',
      source: "website",
      gdpr_consent: true,
      status_candidate: "new",
      labels: ["frontend", "custom_label"],
      salary_range: "4000;5000",
    });
    expect(res.body.data).toMatchObject({
      primary_object: "candidate",
      properties: {
        expected_salary: 5000,
        skills: ["python", "sql"],
        vacancy_title: null,
        candidate_score: null,
      },
    });
    expect(res.body.data.createdAt).toBe(res.body.data.updatedAt);
    expect(Date.parse(res.body.data.createdAt)).toBeGreaterThan(Date.parse("2026-03-12T11:00:00Z"));
  });

  it("answers parsed values with parse=true", async () => {
    const res = await create(
      "vacancy",
      { title: "Night Nurse", department: "people", remote: false, publish_date: "2026-05-01" },
      `${FRIENDLY}&parse=true`,
    );
    expect(res.body.data.properties).toMatchObject({
      department: "People & Culture",
      remote: "No",
      publish_date: "2026-05-01",
    });
  });

  it("enforces required properties on create and lists every problem", async () => {
    const res = await call<ErrorBody>("POST", "/api/v2/records/candidate", {
      properties: { firstname: "X", phone: "nope" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => [e.type, e.message])).toEqual([
      ["INVALID_VALUE", "Property 'phone' (Phone number): 'nope' is not a valid phone number"],
      ["VALIDATION", "Property 'lastname' (Last name) is required"],
      ["VALIDATION", "Property 'email' (Email address) is required"],
    ]);
    expect(res.body.message).toBe(
      "Property 'phone' (Phone number): 'nope' is not a valid phone number (and 2 more)",
    );
  });

  it("enforces unique values among active records (emails case-insensitively)", async () => {
    const clash = await create("candidate", {
      firstname: "J",
      lastname: "D",
      email: "JANE.DOE@example.com",
    });
    expect(clash.status).toBe(400);
    expect((clash.body as unknown as ErrorBody).errors[0]?.message).toBe(
      "Property 'email' (Email address): 'JANE.DOE@example.com' is already used by another record",
    );
    const slug = await create("vacancy", { title: "Copy", slug: OPEN_VACANCY_SLUG });
    expect(slug.status).toBe(400);
    await remove(JANE_DOE_UUID);
    expect(
      (await create("candidate", { firstname: "J", lastname: "D", email: JANE_DOE_EMAIL })).status,
    ).toBe(201);
  });

  it("answers 404 for an unknown object and 400 for a body without properties", async () => {
    expect((await create("planet", { name: "Mars" })).status).toBe(404);
    const res = await call<ErrorBody>("POST", "/api/v2/records/candidate", { values: {} });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.type).toBe("VALIDATION");
  });
});

describe("value rules of seed 001, per type", () => {
  beforeEach(() => reset());

  it("accepts the seed's multi-type example payload", async () => {
    const res = await update("candidate", C(5), {
      firstname: "Jane Doe",
      salary: 4200,
      start_date: 1742851200000,
      available_remote: true,
      application_status: "in_progress",
      skills: "java;spring;neo4j",
      labels: "high_priority;backend",
      salary_range: "3500;5000",
      profile_data: '{"github":"janedoe","years_experience":6}',
      resume_file: `${DEMO_COMPANY_UUID}/files/candidates/jane-doe-cv.pdf`,
    });
    expect(res.status).toBe(200);
    expect((await raw(C(5))).values).toMatchObject({
      firstname: "Jane Doe",
      salary: 4200,
      start_date: 1742851200000,
      available_remote: true,
      application_status: "in_progress",
      skills: ["java", "spring", "neo4j"],
      labels: ["high_priority", "backend"],
      salary_range: "3500;5000",
      profile_data: '{"github":"janedoe","years_experience":6}',
      resume_file: `${DEMO_COMPANY_UUID}/files/candidates/jane-doe-cv.pdf`,
    });
    // The array forms the seed mentions in its comments are accepted too.
    const arrays = await update("candidate", C(5), {
      skills: ["java", "spring", "neo4j"],
      labels: ["high_priority", "backend"],
      start_date: "2025-04-24T00:00:00.000Z",
    });
    expect(arrays.body.data.properties).toMatchObject({
      skills: ["java", "spring", "neo4j"],
      labels: ["high_priority", "backend"],
      start_date: Date.parse("2025-04-24T00:00:00.000Z"),
    });
  });

  const valid: [string, unknown, unknown][] = [
    ["firstname", "Marco", "Marco"],
    ["email", "mark@example.org", "mark@example.org"],
    ["linkedin", "http://example.com/x", "http://example.com/x"],
    ["phone", "(020) 123-4567", "(020) 123-4567"],
    ["expected_salary", "120000", 120000],
    ["expected_salary", 4500.5, 4500.5],
    ["date_of_birth", "1990-01-02", Date.UTC(1990, 0, 2)],
    ["date_of_birth", "1990-01-02T12:00:00+02:00", Date.UTC(1990, 0, 2, 10)],
    ["date_of_birth", "1990-01-02T12:00:00", Date.UTC(1990, 0, 2, 12)],
    ["date_of_birth", 631238400000, 631238400000],
    ["date_of_birth", "631238400000", 631238400000],
    ["remote", "false", false],
    ["remote", true, true],
    ["source", "referral", "referral"],
    ["skills", "java; spring", ["java", "spring"]],
    ["skills", ["sql", "sql"], ["sql"]],
    ["labels", "backend;my-own-tag", ["backend", "my-own-tag"]],
    ["salary_range", "3500;5000", "3500;5000"],
    ["salary_range", [1000, "2000"], "1000;2000"],
    ["profile_data", "[1,2]", "[1,2]"],
    ["cv", `${FILES}/cv.PDF`, `${FILES}/cv.PDF`],
    ["resume_file", `${FILES}/a.pdf;${FILES}/b.png`, `${FILES}/a.pdf;${FILES}/b.png`],
  ];

  for (const [name, input, stored] of valid) {
    it(`accepts ${name} = ${JSON.stringify(input)}`, async () => {
      const res = await update("candidate", C(2), { [name]: input });
      expect(res.status).toBe(200);
      expect((await raw(C(2))).values[name]).toEqual(stored);
    });
  }

  it("clears values with null or an empty string", async () => {
    await update("candidate", C(1), { motivation: null, phone: "", skills: [] });
    const values = (await raw(C(1))).values;
    expect(values.motivation).toBeUndefined();
    expect(values.phone).toBeUndefined();
    expect(values.skills).toBeUndefined();
  });

  const invalid: [string, unknown, string][] = [
    ["firstname", 42, "INVALID_VALUE"],
    ["email", "not-an-email", "INVALID_EMAIL"],
    ["linkedin", "linkedin.com/in/x", "INVALID_VALUE"],
    ["linkedin", "ftp://example.com", "INVALID_VALUE"],
    ["phone", "call me", "INVALID_VALUE"],
    ["phone", "12", "INVALID_VALUE"],
    ["expected_salary", "12a", "INVALID_VALUE"],
    ["expected_salary", true, "INVALID_VALUE"],
    ["date_of_birth", "2026-02-30", "INVALID_DATE"],
    ["date_of_birth", "next tuesday", "INVALID_DATE"],
    ["date_of_birth", 1.5, "INVALID_DATE"],
    ["remote", "yes", "INVALID_VALUE"],
    ["remote", 1, "INVALID_VALUE"],
    ["source", "newspaper", "INVALID_VALUE"],
    ["source", ["website"], "INVALID_VALUE"],
    ["skills", "java;cobol", "INVALID_VALUE"],
    ["skills", { java: true }, "INVALID_VALUE"],
    ["labels", 5, "INVALID_VALUE"],
    ["salary_range", "5000", "INVALID_VALUE"],
    ["salary_range", "abc;5000", "INVALID_VALUE"],
    ["salary_range", "6000;5000", "INVALID_VALUE"],
    ["profile_data", { github: "x" }, "INVALID_VALUE"],
    ["profile_data", "{not json", "INVALID_VALUE"],
    ["cv", "other-company/files/cv.pdf", "INVALID_VALUE"],
    ["cv", `${FILES}/cv.exe`, "INVALID_FILE_TYPE"],
    ["resume_file", 123, "INVALID_VALUE"],
    ["vacancy_title", "Data Analyst", "VALIDATION"],
    ["candidate_score", 99, "VALIDATION"],
    ["favourite_colour", "blue", "VALIDATION"],
    ["uuid", C(3), "VALIDATION"],
    ["createdAt", 0, "VALIDATION"],
  ];

  for (const [name, input, type] of invalid) {
    it(`refuses ${name} = ${JSON.stringify(input)} with ${type}`, async () => {
      const res = await call<ErrorBody>("PUT", `/api/v2/records/candidate/${C(2)}`, {
        properties: { [name]: input },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0]?.type).toBe(type);
      expect(res.body.errors[0]?.message).toContain(`'${name}'`);
    });
  }

  it("refuses nonPublic and disabled-option writes on vacancies", async () => {
    for (const [name, value] of [
      ["internal_notes", "sneaky"],
      ["department", "legal"],
    ] as const) {
      const res = await call<ErrorBody>("PUT", `/api/v2/records/vacancy/${OPEN_VACANCY_UUID}`, {
        properties: { [name]: value },
      });
      expect(res.status).toBe(400);
    }
    expect((await raw(OPEN_VACANCY_UUID)).values.department).toBe("engineering");
  });

  it("changes nothing when any value is refused", async () => {
    const res = await update("candidate", C(2), { firstname: "Changed", email: "broken" });
    expect(res.status).toBe(400);
    expect((await raw(C(2))).values.firstname).toBe("Mark");
  });
});

describe("PUT /records/{object}/{uuid}", () => {
  beforeEach(() => reset());

  it("updates only the sent values and bumps updatedAt", async () => {
    const before = await raw(C(2));
    const res = await update("candidate", C(2), { firstname: "Marcus" });
    expect(res.status).toBe(200);
    const after = await raw(C(2));
    expect(after.values).toEqual({ ...before.values, firstname: "Marcus" });
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it("refuses clearing a required value and reusing another record's unique value", async () => {
    expect((await update("candidate", C(2), { email: null })).status).toBe(400);
    expect((await update("candidate", C(2), { lastname: "" })).status).toBe(400);
    expect((await update("candidate", C(2), { email: JANE_DOE_EMAIL })).status).toBe(400);
    expect((await update("candidate", JANE_DOE_UUID, { email: JANE_DOE_EMAIL })).status).toBe(200);
  });

  it("answers 404 for an unknown record or the wrong object", async () => {
    expect((await update("candidate", C(99), { firstname: "X" })).status).toBe(404);
    expect((await update("candidate", OPEN_VACANCY_UUID, { firstname: "X" })).status).toBe(404);
  });
});

describe("POST /records/{object}/createOrUpdate", () => {
  beforeEach(() => reset());

  it("updates the record matching every unique property", async () => {
    const res = await upsert("candidate", {
      email: JANE_DOE_EMAIL,
      firstname: "Janey",
      lastname: "Doe",
    });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe("Record updated");
    expect(res.body.data.uuid).toBe(JANE_DOE_UUID);
    expect(res.body.data.properties.firstname).toBe("Janey");
    expect(await rawAll("candidate")).toHaveLength(9);
  });

  it("matches emails case-insensitively", async () => {
    const res = await upsert("candidate", { email: "Jane.Doe@Example.com", motivation: "Again" });
    expect(res.body.data.uuid).toBe(JANE_DOE_UUID);
  });

  it("creates a record when nothing matches (201), once", async () => {
    const values = { email: "new.person@example.com", firstname: "New", lastname: "Person" };
    const first = await upsert("candidate", values);
    expect(first.status).toBe(201);
    const second = await upsert("candidate", values);
    expect(second.status).toBe(200);
    expect(second.body.data.uuid).toBe(first.body.data.uuid);
    expect(await rawAll("candidate")).toHaveLength(10);
  });

  it("matches vacancies on their unique slug", async () => {
    const res = await upsert("vacancy", { slug: OPEN_VACANCY_SLUG, hours: 38 });
    expect(res.body.data.uuid).toBe(OPEN_VACANCY_UUID);
    expect((await raw(OPEN_VACANCY_UUID)).values.hours).toBe(38);
  });

  it("needs every unique property and valid values", async () => {
    const missing = await call<ErrorBody>("POST", "/api/v2/records/candidate/createOrUpdate", {
      values: { firstname: "No", lastname: "Email" },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]?.type).toBe("VALIDATION");
    const bad = await call<ErrorBody>("POST", "/api/v2/records/candidate/createOrUpdate", {
      values: { email: JANE_DOE_EMAIL, remote: "perhaps" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.type).toBe("INVALID_VALUE");
  });
});

describe("DELETE /records/{uuid} and restore", () => {
  beforeEach(() => reset());

  it("archives by default: deletedAt set, listed only with archived=true", async () => {
    const res = await remove(C(2));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: "Record deleted (archive)", data: null });
    const got = await call<Envelope<RecordOut>>("GET", `/api/v2/records/${C(2)}`);
    expect(got.body.data.deletedAt).toEqual(expect.any(String));
    expect(await uuids({ mainObject: "candidate" }, "?archived=true")).toEqual([C(2), C(9)]);
    expect(await uuids({ mainObject: "candidate" })).not.toContain(C(2));
    const restored = await restore(C(2));
    expect(restored.status).toBe(200);
    expect(restored.body.data.deletedAt).toBeUndefined();
    expect(await uuids({ mainObject: "candidate" })).toContain(C(2));
    expect((await raw(C(2))).values.firstname).toBe("Mark");
  });

  it("keeps the first deletedAt when archiving twice", async () => {
    await remove(C(2), "archive");
    const first = (await raw(C(2))).deletedAt;
    await remove(C(2), "archive");
    expect((await raw(C(2))).deletedAt).toBe(first);
  });

  it("anonymises: values gone for good, restore brings back an empty shell", async () => {
    await remove(OPEN_VACANCY_UUID, "anonymize");
    const stored = await raw(OPEN_VACANCY_UUID);
    expect(stored).toMatchObject({ values: {}, anonymized: true, deletedAt: expect.any(Number) });
    expect(stored.relations).toHaveLength(2);
    await restore(OPEN_VACANCY_UUID);
    const got = await call<Envelope<FriendlyRecord>>(
      "GET",
      `/api/v2/records/${OPEN_VACANCY_UUID}${FRIENDLY}`,
    );
    expect(got.body.data.deletedAt).toBeUndefined();
    expect(Object.values(got.body.data.properties).every((v) => v === null)).toBe(true);
  });

  it("hard-deletes the record and its relations", async () => {
    await remove(JANE_DOE_UUID, "delete");
    expect((await call("GET", `/api/v2/records/${JANE_DOE_UUID}`)).status).toBe(404);
    expect((await raw(V(2))).relations).toEqual([]);
    expect((await restore(JANE_DOE_UUID)).status).toBe(404);
  });

  it("refuses unknown modes and unknown records", async () => {
    const mode = await call<ErrorBody>("DELETE", `/api/v2/records/${C(2)}?mode=shred`);
    expect(mode.status).toBe(400);
    expect(mode.body.errors[0]?.type).toBe("INVALID_VALUE");
    expect((await remove(C(99))).status).toBe(404);
  });
});
