import { beforeEach, describe, expect, it } from "vitest";
import { CLOSED_VACANCY_UUID } from "../../emulator/src/demo";
import { control, emulatorRequests, injectFault, type LoggedRequest, resetAll } from "../helpers";
import { ADMIN_TOKEN, admin, deadLetters } from "./support/admin";
import {
  applicationValues,
  candidatesWithEmail,
  dataOf,
  FORM,
  OPEN_FORM,
  pdf,
  statusOf,
  submitCalls,
  submitJson,
  upload,
  VACANCY,
  waitForStatus,
} from "./support/forms";

const SUBMIT = "/api/v2/forms/public/*/*/submit";
const RELATION = "/api/v2/records/relations/**";
let cvKey = "";

beforeEach(async () => {
  await resetAll();
  const [cv] = await upload([pdf()]);
  cvKey = cv?.key ?? "";
});

const relationCalls = () => emulatorRequests({ method: "POST", path: RELATION });

/** An application for the open vacancy with a fresh email and idempotency key. */
function application() {
  const values = applicationValues(cvKey);
  return {
    email: values.email as string,
    body: { values, relatedRecordUuid: VACANCY },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  };
}

/** Asserts that exactly one candidate with this email exists, linked to the vacancy. */
async function expectOneLinkedRecord(email: string) {
  const records = await candidatesWithEmail(email);
  expect(records).toHaveLength(1);
  expect(records[0]?.relations.map((edge) => [edge.relation, edge.recordUuid])).toEqual([
    ["applied_for", VACANCY],
  ]);
  return records[0];
}

async function errorOf(response: Response) {
  return (
    (await response.json()) as { error: { code: string; message: string; issues?: unknown[] } }
  ).error;
}

describe("idempotency", () => {
  it("answers a repeated key with the first answer and creates one record", async () => {
    const app = application();
    const first = await submitJson(app.body, { headers: app.headers });
    expect(first.status).toBe(201);
    const again = await submitJson(app.body, { headers: app.headers });
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await dataOf(again)).toEqual(await dataOf(first));
    expect(await submitCalls()).toHaveLength(1);
    await expectOneLinkedRecord(app.email);
  });

  it("derives the key from form, client and payload when none is sent; a repeat never shows the record", async () => {
    const app = application();
    const first = await dataOf(await submitJson(app.body));
    expect(first.recordUuid).toMatch(/^[0-9a-f-]{36}$/);
    const again = await submitJson(app.body);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await dataOf(again)).toEqual({ submissionId: first.submissionId, status: "delivered" });
    expect(await submitCalls()).toHaveLength(1);
  });

  it("never answers someone else's submission to a caller repeating its values from another address", async () => {
    const app = application();
    const fromVictim = { headers: { "CF-Connecting-IP": "192.0.2.10" } };
    const fromOther = { headers: { "CF-Connecting-IP": "198.51.100.20" } };
    const first = await dataOf(await submitJson(app.body, fromVictim));
    const probe = await submitJson(app.body, fromOther);
    expect(probe.status).toBe(201);
    expect(probe.headers.get("Idempotent-Replayed")).toBeNull();
    const answer = await dataOf(probe);
    expect(answer.submissionId).not.toBe(first.submissionId);
    expect(answer.recordUuid).not.toBe(first.recordUuid);
    expect(await submitCalls()).toHaveLength(2);
  });

  it("makes a double click one submission, even while the first is still in flight", async () => {
    await injectFault({ method: "POST", path: SUBMIT, latencyMs: 400, times: 1 });
    const app = application();
    const answers = await Promise.all([submitJson(app.body), submitJson(app.body)]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const [a, b] = await Promise.all(answers.map((answer) => dataOf(answer)));
    expect(a?.submissionId).toBe(b?.submissionId);
    // The first answer names the record; the repeat (sent without a key) does not.
    expect([a?.recordUuid, b?.recordUuid].filter(Boolean)).toHaveLength(1);
    expect(await submitCalls()).toHaveLength(1);
    await expectOneLinkedRecord(app.email);
  });

  it("refuses a key reused for a different payload with 422", async () => {
    const app = application();
    expect((await submitJson(app.body, { headers: app.headers })).status).toBe(201);
    const other = { ...app.body, values: { ...app.body.values, firstname: "Janet" } };
    const response = await submitJson(other, { headers: app.headers });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("refuses a malformed key with 400", async () => {
    const app = application();
    const response = await submitJson(app.body, {
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    expect(response.status).toBe(400);
  });
});

describe("deferred delivery", () => {
  it("queues on a transient failure (202) and delivers through the queue, honouring Retry-After", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503, retryAfter: 2, times: 1 });
    const app = application();
    const response = await submitJson(app.body, { headers: app.headers });
    expect(response.status).toBe(202);
    const data = await dataOf(response);
    expect(data).toEqual({ submissionId: data.submissionId, status: "queued" });
    expect(await statusOf(data.submissionId)).toBe("queued");
    await waitForStatus(data.submissionId, "delivered");
    const calls = await submitCalls();
    expect(calls.map((call) => call.status)).toEqual([503, 200]);
    const at = (call: LoggedRequest | undefined) => Date.parse(call?.at ?? "");
    const gap = at(calls[1]) - at(calls[0]);
    expect(gap).toBeGreaterThanOrEqual(1_900);
    await expectOneLinkedRecord(app.email);
    // A repeat now gets the final answer.
    const again = await submitJson(app.body, { headers: app.headers });
    expect(again.status).toBe(201);
    expect((await dataOf(again)).recordUuid).toBe((await candidatesWithEmail(app.email))[0]?.uuid);
  });

  it("queues when Caraer hangs past the inline timeout", async () => {
    await injectFault({ method: "POST", path: SUBMIT, hang: true, times: 1 });
    const app = application();
    const started = Date.now();
    const response = await submitJson(app.body, { headers: app.headers });
    expect(response.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(3_000);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    await expectOneLinkedRecord(app.email);
  });

  it.each([
    ["a 500 after processing", { status: 500 }],
    ["a hang after processing", { hang: true }],
  ])(
    "finds the record of a lost response (%s) instead of submitting again",
    async (_name, fault) => {
      await injectFault({ method: "POST", path: SUBMIT, phase: "after", times: 1, ...fault });
      const app = application();
      const response = await submitJson(app.body, { headers: app.headers });
      expect(response.status).toBe(202);
      const { submissionId } = await dataOf(response);
      // Caraer created the record although the edge never heard back.
      expect(await candidatesWithEmail(app.email)).toHaveLength(1);
      await waitForStatus(submissionId, "delivered");
      expect(await submitCalls()).toHaveLength(1);
      const lookups = await emulatorRequests({ method: "POST", path: "/api/v2/records/index" });
      expect(lookups.some((call) => JSON.stringify(call.body).includes(app.email))).toBe(true);
      await expectOneLinkedRecord(app.email);
    },
  );

  it("retries the link without creating the record again", async () => {
    await injectFault({ method: "POST", path: RELATION, status: 503, times: 2 });
    const app = application();
    const response = await submitJson(app.body, { headers: app.headers });
    expect(response.status).toBe(202);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    expect(await submitCalls()).toHaveLength(1);
    expect((await relationCalls()).map((call) => call.status)).toEqual([503, 503, 200]);
    await expectOneLinkedRecord(app.email);
  });

  it("answers 503 when the queue cannot be written, and a retry delivers exactly once", async () => {
    // The submit is processed but its answer is lost, and the queue refuses the fallback.
    await injectFault({ method: "POST", path: SUBMIT, status: 502, phase: "after", times: 1 });
    const brokenQueue = { send: () => Promise.reject(new Error("queue unavailable")) };
    const app = application();
    const refused = await submitJson(app.body, {
      headers: app.headers,
      settings: { DELIVERIES: brokenQueue },
    });
    expect(refused.status).toBe(503);
    expect(await errorOf(refused)).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(refused.headers.get("Retry-After")).toBe("30");
    // The caller was told it failed, so the edge does not claim it either.
    const retried = await submitJson(app.body, { headers: app.headers });
    expect(retried.status).toBe(201);
    const data = await dataOf(retried);
    expect(await statusOf(data.submissionId)).toBe("delivered");
    // The retry found the record the lost submit had created.
    expect(await submitCalls()).toHaveLength(1);
    const record = await expectOneLinkedRecord(app.email);
    expect(data.recordUuid).toBe(record?.uuid);
  });
});

describe("refusals by Caraer", () => {
  it("answers an inline refusal with 422 and forgets it, so a fixed retry goes through", async () => {
    await injectFault({
      method: "POST",
      path: SUBMIT,
      status: 400,
      times: 1,
      body: {
        message: "Invalid",
        status: 400,
        errors: [{ type: "INVALID_EMAIL", message: "no", correctionSuggestion: "" }],
        requestId: "x",
      },
    });
    const app = application();
    const refused = await submitJson(app.body, { headers: app.headers });
    expect(refused.status).toBe(422);
    expect(await errorOf(refused)).toEqual({
      code: "VALIDATION_FAILED",
      message: "Caraer refused the submission.",
      requestId: expect.any(String),
      issues: [
        {
          field: "values",
          code: "invalid_email",
          message: "Caraer refused a value of this submission.",
        },
      ],
    });
    expect((await submitJson(app.body, { headers: app.headers })).status).toBe(201);
    // The form definition is fetched again: the refusal may have come from an outdated copy.
    expect(
      await emulatorRequests({ method: "GET", path: "/api/v2/forms/public/*/*" }),
    ).toHaveLength(2);
  });

  it("dead-letters a refusal on the queued path with its reason; an operator replays it", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503, times: 1 });
    await injectFault({ method: "POST", path: SUBMIT, status: 422, times: 1 });
    const app = application();
    const { submissionId } = await dataOf(await submitJson(app.body, { headers: app.headers }));
    await waitForStatus(submissionId, "failed");
    const entry = (await deadLetters()).find((letter) => letter.submissionId === submissionId);
    expect(entry).toEqual({
      submissionId,
      formUuid: FORM,
      reason: "rejected at submit: forms.submit client_error 422 [GENERAL]",
      attempts: 1,
      lastError: "forms.submit client_error 422 [GENERAL]",
      createdAt: expect.any(Number),
      deadLetteredAt: expect.any(Number),
    });
    expect(await candidatesWithEmail(app.email)).toEqual([]);

    const replay = await admin(`/v1/admin/dead-letters/${submissionId}/replay`, { method: "POST" });
    expect(replay.status).toBe(202);
    expect(await dataOf(replay)).toEqual({ submissionId, status: "queued" });
    await waitForStatus(submissionId, "delivered");
    expect((await deadLetters()).map((letter) => letter.submissionId)).not.toContain(submissionId);
    await expectOneLinkedRecord(app.email);
  });

  it("dead-letters a submission that runs out of retries; replaying all delivers it", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503 });
    const app = application();
    const { submissionId } = await dataOf(await submitJson(app.body, { headers: app.headers }));
    await waitForStatus(submissionId, "failed", FORM, 40_000);
    const entry = (await deadLetters()).find((letter) => letter.submissionId === submissionId);
    expect(entry?.reason).toBe("retries exhausted after 4 tries: forms.submit server_error 503");
    expect(entry?.attempts).toBe(4);
    await control("/faults", { method: "DELETE" });
    const replay = await admin("/v1/admin/dead-letters/replay", { method: "POST" });
    expect(replay.status).toBe(202);
    expect(await dataOf(replay)).toMatchObject({ failed: 0, remaining: 0 });
    await waitForStatus(submissionId, "delivered");
    await expectOneLinkedRecord(app.email);
  }, 60_000);

  it("replays a dead-lettered link without creating the record again", async () => {
    await injectFault({ method: "POST", path: RELATION, status: 404, times: 2 });
    const app = application();
    const response = await submitJson(app.body, { headers: app.headers });
    expect(response.status).toBe(202);
    const { submissionId } = await dataOf(response);
    await waitForStatus(submissionId, "failed");
    const entry = (await deadLetters()).find((letter) => letter.submissionId === submissionId);
    expect(entry?.reason).toMatch(/^rejected at relation: relations\.create client_error 404/);
    expect(await candidatesWithEmail(app.email)).toHaveLength(1);
    await admin(`/v1/admin/dead-letters/${submissionId}/replay`, { method: "POST" });
    await waitForStatus(submissionId, "delivered");
    expect(await submitCalls()).toHaveLength(1);
    await expectOneLinkedRecord(app.email);
  });

  it("answers 404 when Caraer no longer knows the form", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 404, times: 1 });
    const response = await submitJson(application().body);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("NOT_FOUND");
  });
});

describe("the related record", () => {
  it("must lie inside the relation list's scope", async () => {
    const app = application();
    const response = await submitJson({ ...app.body, relatedRecordUuid: CLOSED_VACANCY_UUID });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues).toEqual([
      {
        field: "relatedRecordUuid",
        code: "not_found",
        message: "The related record does not exist or is closed.",
      },
    ]);
    expect(await submitCalls()).toHaveLength(0);
  });

  it("is refused for a form without a relation, and when malformed", async () => {
    const open = await submitJson(
      {
        values: {
          firstname: "A",
          lastname: "B",
          email: "a@b.co",
          motivation: "m",
          gdpr_consent: true,
        },
        relatedRecordUuid: VACANCY,
      },
      { form: OPEN_FORM },
    );
    expect((await errorOf(open)).issues).toEqual([
      {
        field: "relatedRecordUuid",
        code: "relation_not_allowed",
        message: "This form takes no related record.",
      },
    ]);
    const malformed = await submitJson({ ...application().body, relatedRecordUuid: "vacancy-1" });
    expect((await errorOf(malformed)).issues).toEqual([
      {
        field: "relatedRecordUuid",
        code: "invalid_uuid",
        message: "Send the UUID of the related record.",
      },
    ]);
  });

  it("is checked at delivery when Caraer could not be asked in time, so nothing is lost", async () => {
    await injectFault({ method: "POST", path: "/api/v2/records/index", status: 503, times: 2 });
    const app = application();
    const response = await submitJson(app.body, { headers: app.headers });
    expect(response.status).toBe(202);
    await waitForStatus((await dataOf(response)).submissionId, "delivered");
    await expectOneLinkedRecord(app.email);
  });

  it("out of scope at delivery dead-letters the submission before any record is created", async () => {
    await injectFault({ method: "POST", path: "/api/v2/records/index", status: 503, times: 2 });
    const app = application();
    const response = await submitJson({ ...app.body, relatedRecordUuid: CLOSED_VACANCY_UUID });
    expect(response.status).toBe(202);
    const { submissionId } = await dataOf(response);
    await waitForStatus(submissionId, "failed");
    const entry = (await deadLetters()).find((letter) => letter.submissionId === submissionId);
    expect(entry?.reason).toBe("rejected at scope: related record outside the list's scope");
    expect(await submitCalls()).toHaveLength(0);
  });
});

describe("status lookups", () => {
  it("answer the status only, and 404 for unknown IDs or another form", async () => {
    const { submissionId } = await dataOf(await submitJson(application().body));
    const response = await submitJson(application().body);
    const body = await (await fetchStatus(submissionId)).json();
    expect(body).toEqual({ data: { submissionId, status: "delivered" } });
    expect(response.status).toBe(201);
    expect(await statusOf(submissionId, OPEN_FORM)).toBe(404);
    expect(await statusOf("0".repeat(64))).toBe(404);
    expect(await statusOf("not-an-id")).toBe(400);
  });
});

async function fetchStatus(submissionId: string) {
  const { edge } = await import("../helpers");
  return edge(`/v1/forms/${FORM}/submissions/${submissionId}`);
}

describe("operator routes", () => {
  it("require the operator token", async () => {
    const { edge, edgeWith } = await import("../helpers");
    const unconfigured = await edge("/v1/admin/dead-letters");
    expect(unconfigured.status).toBe(401);
    expect(await errorOf(unconfigured)).toMatchObject({
      code: "UNAUTHORIZED",
      message: "Operator routes are disabled.",
    });
    const wrong = await edgeWith({ ADMIN_TOKEN }, "/v1/admin/dead-letters", {
      headers: { Authorization: "Bearer not-the-token-at-all" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("WWW-Authenticate")).toBe('Bearer realm="operator"');
    expect((await admin("/v1/admin/dead-letters")).status).toBe(200);
  });

  it("answer 404 for replaying or discarding what is not dead-lettered", async () => {
    const id = "a".repeat(64);
    expect((await admin(`/v1/admin/dead-letters/${id}/replay`, { method: "POST" })).status).toBe(
      404,
    );
    expect((await admin(`/v1/admin/dead-letters/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("discard a dead letter for good", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503, times: 1 });
    await injectFault({ method: "POST", path: SUBMIT, status: 400, times: 1 });
    const { submissionId } = await dataOf(await submitJson(application().body));
    await waitForStatus(submissionId, "failed");
    expect(
      (await admin(`/v1/admin/dead-letters/${submissionId}`, { method: "DELETE" })).status,
    ).toBe(204);
    expect((await deadLetters()).map((letter) => letter.submissionId)).not.toContain(submissionId);
    expect(await statusOf(submissionId)).toBe(404);
  });
});
