import { beforeAll, describe, expect, it } from "vitest";
import { emulatorRequests, resetAll } from "../helpers";
import {
  applicationValues,
  candidatesWithEmail,
  cellValues,
  dataOf,
  pdf,
  submitCalls,
  submitJson,
  uniqueEmail,
  upload,
} from "./support/forms";

let cvKey = "";

beforeAll(async () => {
  await resetAll();
  const [cv] = await upload([pdf()]);
  cvKey = cv?.key ?? "";
});

interface Issue {
  field: string;
  code: string;
  message: string;
}

async function issuesOf(response: Response): Promise<Issue[]> {
  expect(response.status).toBe(422);
  const body = (await response.json()) as { error: { code: string; issues: Issue[] } };
  expect(body.error.code).toBe("VALIDATION_FAILED");
  return body.error.issues;
}

/** Submits the application form and answers the cell values Caraer received for it. */
async function deliveredCells(values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const before = (await submitCalls()).length;
  const response = await submitJson({ values });
  expect(response.status).toBe(201);
  const calls = await submitCalls();
  expect(calls).toHaveLength(before + 1);
  return cellValues(calls.at(-1)?.body);
}

describe("values at the edge", () => {
  it("encodes every input type of the form into its cell as Caraer expects", async () => {
    const email = uniqueEmail();
    const cells = await deliveredCells({
      firstname: "  Jane ",
      lastname: "Doe",
      email,
      phone: "+31 6 12345678",
      date_of_birth: "1990-05-17",
      motivation: "Line one\nLine two",
      cv: cvKey,
      linkedin: "https://www.linkedin.com/in/jane-doe",
      expected_salary: 4200,
      available_from: "2026-09-01T09:30:00+02:00",
      preferred_employment_type: "part_time",
      skills: ["java", "spring", "java"],
      remote: true,
      profile_data: { github: "janedoe", years: 6 },
      gdpr_consent: true,
    });
    expect(cells).toEqual({
      firstname: "Jane",
      lastname: "Doe",
      email,
      phone: "+31 6 12345678",
      date_of_birth: String(Date.UTC(1990, 4, 17)),
      motivation: "Line one\nLine two",
      cv: cvKey,
      linkedin: "https://www.linkedin.com/in/jane-doe",
      expected_salary: "4200",
      available_from: String(Date.UTC(2026, 8, 1, 7, 30)),
      preferred_employment_type: "part_time",
      skills: "java;spring",
      remote: "true",
      profile_data: '{"github":"janedoe","years":6}',
      gdpr_consent: "true",
      // Hidden: the edge fills in the cell's default.
      source: "website",
    });
    const [record] = await candidatesWithEmail(email);
    expect(record?.values).toEqual({
      firstname: "Jane",
      lastname: "Doe",
      email,
      phone: "+31 6 12345678",
      date_of_birth: Date.UTC(1990, 4, 17),
      motivation: "Line one\nLine two",
      cv: cvKey,
      linkedin: "https://www.linkedin.com/in/jane-doe",
      expected_salary: 4200,
      available_from: Date.UTC(2026, 8, 1, 7, 30),
      preferred_employment_type: "part_time",
      skills: ["java", "spring"],
      remote: true,
      profile_data: '{"github":"janedoe","years":6}',
      gdpr_consent: true,
      source: "website",
    });
  });

  it("leaves optional inputs that were not filled in empty", async () => {
    const cells = await deliveredCells({ ...applicationValues(cvKey), phone: "", skills: [] });
    expect(cells.phone).toBeNull();
    expect(cells.skills).toBeNull();
    expect(cells.motivation).toBeNull();
  });

  it.each([
    ["a date as unix ms", { date_of_birth: 642902400000 }, { date_of_birth: "642902400000" }],
    ["a date as digits", { date_of_birth: "642902400000" }, { date_of_birth: "642902400000" }],
    [
      "a date-time without zone (UTC)",
      { available_from: "2026-09-01T09:30" },
      { available_from: String(Date.UTC(2026, 8, 1, 9, 30)) },
    ],
    ["a number as a numeric string", { expected_salary: "3500.50" }, { expected_salary: "3500.5" }],
    ["a number at its bound", { expected_salary: 20000 }, { expected_salary: "20000" }],
    ["a checkbox as a string", { remote: "false" }, { remote: "false" }],
    ["a checkbox as HTML's on", { remote: "on" }, { remote: "true" }],
    ["a multi-select as a ;-joined string", { skills: "java; react" }, { skills: "java;react" }],
    ["a structure as a JSON string", { profile_data: '{"a":1}' }, { profile_data: '{"a":1}' }],
    [
      "a URL with http",
      { linkedin: "http://example.com/me" },
      { linkedin: "http://example.com/me" },
    ],
  ])("accepts %s", async (_name, values, expected) => {
    const cells = await deliveredCells({ ...applicationValues(cvKey), ...values });
    expect(cells).toMatchObject(expected);
  });

  it("refuses every invalid value at once, one issue per field, before anything reaches Caraer", async () => {
    const before = (await emulatorRequests()).length;
    const response = await submitJson({
      values: {
        firstname: 42,
        lastname: "x".repeat(1001),
        email: "jane@",
        phone: "call me",
        date_of_birth: "2026-02-30",
        motivation: ["not", "text"],
        cv: "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f/files/forms/elsewhere.pdf",
        linkedin: "javascript:alert(1)",
        expected_salary: 20001,
        available_from: "tomorrow",
        preferred_employment_type: "slavery",
        skills: ["java", "cobol"],
        remote: "maybe",
        profile_data: "{not json",
        gdpr_consent: false,
      },
    });
    const issues = await issuesOf(response);
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ["firstname", "invalid_type"],
      ["lastname", "too_long"],
      ["email", "invalid_email"],
      ["phone", "invalid_phone"],
      ["date_of_birth", "invalid_date"],
      ["motivation", "invalid_type"],
      ["cv", "unknown_file"],
      ["linkedin", "invalid_url"],
      ["expected_salary", "out_of_range"],
      ["available_from", "invalid_date"],
      ["preferred_employment_type", "invalid_option"],
      ["skills", "invalid_option"],
      ["remote", "invalid_boolean"],
      ["profile_data", "invalid_json"],
      ["gdpr_consent", "required"],
    ]);
    expect(issues.find((issue) => issue.field === "expected_salary")?.message).toBe(
      "Enter a number between 0 and 20000.",
    );
    // Only edge-side lookups (none to Caraer) happened.
    expect((await emulatorRequests()).slice(before)).toEqual([]);
  });

  it("requires the required inputs (cell setting or property rule) and lists each missing one", async () => {
    const issues = await issuesOf(await submitJson({ values: { phone: "+31 6 12345678" } }));
    expect(issues.map((issue) => [issue.field, issue.code, issue.message])).toEqual([
      ["firstname", "required", "Fill in “First name”."],
      ["lastname", "required", "Fill in “Last name”."],
      ["email", "required", "Fill in “Email address”."],
      ["cv", "required", "Add “CV”."],
      ["gdpr_consent", "required", "Fill in “I agree to the privacy statement”."],
    ]);
  });

  it("counts whitespace as not filled in", async () => {
    const issues = await issuesOf(
      await submitJson({ values: { ...applicationValues(cvKey), firstname: "   " } }),
    );
    expect(issues).toEqual([
      { field: "firstname", code: "required", message: "Fill in “First name”." },
    ]);
  });

  it("refuses values for hidden, unknown and non-form fields", async () => {
    const issues = await issuesOf(
      await submitJson({
        values: {
          ...applicationValues(cvKey),
          source: "referral",
          nickname: "JD",
          candidate_score: 99,
          vacancy_title: "CEO",
          _private: "x",
        },
      }),
    );
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ["source", "hidden_field"],
      ["nickname", "unknown_field"],
      ["candidate_score", "unknown_field"],
      ["vacancy_title", "unknown_field"],
      ["_private", "unknown_field"],
    ]);
  });

  it("refuses a body that is not { values, relatedRecordUuid? } with 400", async () => {
    for (const body of [{ values: [] }, { values: {}, extra: true }, [], "text"]) {
      const response = await submitJson(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        "INVALID_REQUEST",
      );
    }
  });

  it("answers 201 with the submission ID, status and the created record's UUID", async () => {
    const values = applicationValues(cvKey);
    const response = await submitJson({ values });
    expect(response.status).toBe(201);
    const data = await dataOf(response);
    const [record] = await candidatesWithEmail(values.email as string);
    expect(data).toEqual({
      submissionId: expect.stringMatching(/^[0-9a-f]{64}$/),
      status: "delivered",
      recordUuid: record?.uuid,
    });
    expect(response.headers.get("Location")).toBe(
      `/v1/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50/submissions/${data.submissionId}`,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});
