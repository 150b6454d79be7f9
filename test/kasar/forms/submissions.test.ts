import { beforeEach, describe, expect, it } from "vitest";
import { KASAR_DEMO_TOKEN, OTHER_ORG_VACANCY_ID } from "../../../emulator/kasar/src/demo";
import { dataOf, PDF_BYTES } from "../../forms/support/forms";
import { edge } from "../../helpers";
import {
  clearKasarRequests,
  kasarFault,
  kasarRequests,
  resetKasar,
  scopeSearchBody,
  VACANCY_SEARCH,
} from "../helpers";
import {
  ALICE_EMAIL,
  ASSOCIATE,
  applicationValues,
  base64,
  CLOSED_VACANCY,
  candidatesWithEmail,
  candidateWrites,
  OPEN_VACANCY,
  submit,
  UPSERT,
  uploadPdf,
  waitForStatus,
} from "./support";

let cv = { key: "", name: "", size: 0, type: "" };

beforeEach(async () => {
  await resetKasar();
  cv = await uploadPdf();
});

/** An application for the open vacancy with a fresh email and idempotency key. */
function application(email?: string) {
  const values = applicationValues(cv.key, email);
  return {
    values,
    body: { values, relatedRecordUuid: OPEN_VACANCY },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  };
}

/** What Kasar stores for the application's values (the CV as its bytes). */
function storedValues(values: ReturnType<typeof applicationValues>) {
  return {
    ...values,
    cv: [
      {
        name: "cv.pdf",
        content_type: "application/pdf",
        size: PDF_BYTES.byteLength,
        data: base64(PDF_BYTES),
      },
    ],
  };
}

/** Exactly one candidate with this email, associated with the open vacancy only. */
async function expectOneLinkedRecord(email: string) {
  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  expect(records[0]?.associations).toEqual([{ object: "vacancies", id: OPEN_VACANCY }]);
  return records[0];
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; issues?: unknown } })
    .error;
}

describe("submissions on Kasar", () => {
  it("delivers inline: one upsert on email with the values and the CV, then the association", async () => {
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(201);
    const answer = await dataOf(response);
    expect(answer.status).toBe("delivered");
    const record = await expectOneLinkedRecord(app.values.email);
    expect(answer.recordUuid).toBe(record?.id);
    expect(record?.values).toEqual({ ...storedValues(app.values) });
    const upserts = await kasarRequests({ method: "POST", path: UPSERT });
    expect(upserts.map((r) => r.body)).toEqual([
      { uniqueField: "email", records: [storedValues(app.values)] },
    ]);
    expect((await kasarRequests({ method: "PUT", path: ASSOCIATE })).map((r) => r.path)).toEqual([
      `/api/v1/records/candidates/${record?.id}/associations/vacancies/${OPEN_VACANCY}`,
    ]);
  });

  it("queues after a Kasar fault and delivers later, once", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 503, times: 1 });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(202);
    const { submissionId, status } = await dataOf(response);
    expect(status).toBe("queued");
    await waitForStatus(submissionId, "delivered");
    await expectOneLinkedRecord(app.values.email);
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toHaveLength(2);
  });

  it("queues on 429 with Retry-After, then delivers", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 429, retryAfter: 1, times: 1 });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(202);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    await expectOneLinkedRecord(app.values.email);
  });

  it("creates one record when the upsert's answer was lost: the retry updates it", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 502, phase: "after", times: 1 });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(202);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    await expectOneLinkedRecord(app.values.email);
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toHaveLength(2);
  });

  it("answers a retry with the same Idempotency-Key with the first answer: one record", async () => {
    const app = application();
    const first = await submit(app.body, app.headers);
    expect(first.status).toBe(201);
    const again = await submit(app.body, app.headers);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await dataOf(again)).toEqual(await dataOf(first));
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toHaveLength(1);
    await expectOneLinkedRecord(app.values.email);
  });

  it("retries the association alone when it failed: the record is not upserted again", async () => {
    await kasarFault({ method: "PUT", path: ASSOCIATE, status: 500, times: 1 });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(202);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    await expectOneLinkedRecord(app.values.email);
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toHaveLength(1);
    expect(await kasarRequests({ method: "PUT", path: ASSOCIATE })).toHaveLength(2);
  });

  it("handles DUPLICATE_RECORD: the record holding the email is the submission's, linked", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 409, times: 1 });
    const app = application(ALICE_EMAIL);
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(201);
    const answer = await dataOf(response);
    const [alice] = await candidatesWithEmail(ALICE_EMAIL);
    expect(answer).toEqual({
      submissionId: answer.submissionId,
      status: "delivered",
      recordUuid: alice?.id,
    });
    expect(alice?.associations).toContainEqual({ object: "vacancies", id: OPEN_VACANCY });
    // Found by its unique value after the refusal; no second record.
    expect(
      (await kasarRequests({ method: "POST", path: "/api/v1/records/candidates/search" })).map(
        (r) => r.body,
      ),
    ).toEqual([
      {
        filterGroup: {
          operator: "and",
          filters: [{ field: "email", operator: "eq", value: ALICE_EMAIL }],
        },
        limit: 1,
      },
    ]);
    expect(await candidatesWithEmail(ALICE_EMAIL)).toHaveLength(1);
  });

  it("refuses invalid values with 422 before anything reaches Kasar", async () => {
    const app = application();
    const response = await submit(
      { ...app.body, values: { ...app.values, email: "not-an-email", source: "radio" } },
      app.headers,
    );
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual({
      code: "VALIDATION_FAILED",
      message: "Some fields need attention.",
      requestId: expect.any(String),
      issues: [
        {
          field: "email",
          code: "invalid_email",
          message: "Enter a valid email address, like name@example.com.",
        },
        { field: "source", code: "invalid_option", message: "Choose one of the listed options." },
      ],
    });
    expect(await candidateWrites()).toEqual([]);
  });

  it("refuses a vacancy outside the list's scope (closed) with 422, creating nothing", async () => {
    const app = application();
    const response = await submit({ ...app.body, relatedRecordUuid: CLOSED_VACANCY }, app.headers);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues).toEqual([
      {
        field: "relatedRecordUuid",
        code: "not_found",
        message: "The related record does not exist or is closed.",
      },
    ]);
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toEqual([]);
  });

  it("decides the vacancy's scope with the read routes' search: the same query, the same answer", async () => {
    for (const [id, read, submitted] of [
      [OPEN_VACANCY, 200, 201],
      [CLOSED_VACANCY, 404, 422],
      [OTHER_ORG_VACANCY_ID, 404, 422],
    ] as const) {
      await clearKasarRequests();
      expect((await edge(`/v1/lists/vacancies/${id}`)).status).toBe(read);
      const app = application();
      const response = await submit({ ...app.body, relatedRecordUuid: id }, app.headers);
      expect(response.status).toBe(submitted);
      const [byRead, bySubmission, ...more] = await kasarRequests({
        method: "POST",
        path: VACANCY_SEARCH,
      });
      expect(more).toEqual([]);
      expect(bySubmission?.body).toEqual(byRead?.body);
      expect(byRead?.body).toEqual(scopeSearchBody(id));
    }
  });

  it("maps a Kasar 400 on the inline try to a 422 naming Kasar's code", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 400, times: 1 });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual({
      code: "VALIDATION_FAILED",
      message: "Kasar refused the submission.",
      requestId: expect.any(String),
      issues: [
        {
          field: "values",
          code: "validation_error",
          message: "Kasar refused a value of this submission.",
        },
      ],
    });
    expect(await candidatesWithEmail(app.values.email)).toEqual([]);
  });

  it("never answers or logs the Kasar token, even when Kasar's error body holds it", async () => {
    // The project's KASAR_API_TOKEN (vitest.config.ts).
    const token = KASAR_DEMO_TOKEN;
    await kasarFault({
      method: "POST",
      path: UPSERT,
      status: 500,
      body: { error: true, code: "INTERNAL_ERROR", message: `bad token ${token}` },
      times: 1,
    });
    const app = application();
    const response = await submit(app.body, app.headers);
    expect(response.status).toBe(202);
    expect(await response.text()).not.toContain(token);
    // The project's setup (test/hardening/hygiene-setup.ts) fails this file if any response or
    // log line of the Worker held the token in any form.
  });
});
