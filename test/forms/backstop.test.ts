import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { control, edgeWith, injectFault, resetAll } from "../helpers";
import { admin, deadLetters } from "./support/admin";
import {
  applicationValues,
  candidatesWithEmail,
  dataOf,
  FORM,
  pdf,
  statusOf,
  submitCalls,
  upload,
  VACANCY,
} from "./support/forms";

const SUBMIT = "/api/v2/forms/public/*/*/submit";

/**
 * A queue whose `send` resolves and keeps nothing: a message accepted and
 * then lost, as a local queue loses its messages when its process dies.
 */
const losingQueue = { send: async () => {}, sendBatch: async () => {} };

let cvKey = "";

beforeEach(async () => {
  await resetAll();
  const [cv] = await upload([pdf()]);
  cvKey = cv?.key ?? "";
});

function ledger(submissionId: string) {
  return env.SUBMISSIONS.get(env.SUBMISSIONS.idFromString(submissionId));
}

/** Submits an application whose inline try fails and whose queue message is lost: 202, then nothing. */
async function acceptedWithLostMessage() {
  const values = applicationValues(cvKey);
  const response = await edgeWith({ DELIVERIES: losingQueue }, `/v1/forms/${FORM}/submissions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ values, relatedRecordUuid: VACANCY }),
  });
  expect(response.status).toBe(202);
  const { submissionId } = await dataOf(response);
  return { submissionId, email: values.email as string };
}

async function expectOneLinkedRecord(email: string) {
  const records = await candidatesWithEmail(email);
  expect(records.map((r) => r.relations.map((e) => [e.relation, e.recordUuid]))).toEqual([
    [["applied_for", VACANCY]],
  ]);
}

describe("the ledger's backstop", () => {
  it("delivers an accepted submission whose queue message was lost", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503, times: 1 });
    const { submissionId, email } = await acceptedWithLostMessage();
    // Longer than the test backoff: a queued try would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await statusOf(submissionId)).toBe("queued");
    expect(await submitCalls()).toHaveLength(1);

    expect(await runDurableObjectAlarm(ledger(submissionId))).toBe(true);
    expect(await statusOf(submissionId)).toBe("delivered");
    expect(await submitCalls()).toHaveLength(2);
    await expectOneLinkedRecord(email);
  });

  it("dead-letters straight into the store after DELIVERY_MAX_ATTEMPTS tries; a replay delivers", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503 });
    const { submissionId, email } = await acceptedWithLostMessage();
    // vitest.config.ts sets DELIVERY_MAX_ATTEMPTS = 4; each firing is one try.
    for (let firing = 1; firing <= 4; firing++) {
      expect(await statusOf(submissionId)).toBe("queued");
      expect(await runDurableObjectAlarm(ledger(submissionId))).toBe(true);
    }
    expect(await statusOf(submissionId)).toBe("failed");
    // Failed submissions wait for an operator: no alarm is left.
    expect(await runDurableObjectAlarm(ledger(submissionId))).toBe(false);
    const entry = (await deadLetters()).find((letter) => letter.submissionId === submissionId);
    expect(entry).toEqual({
      submissionId,
      formUuid: FORM,
      reason: "retries exhausted after 4 tries: forms.submit server_error 503",
      attempts: 4,
      lastError: "forms.submit server_error 503",
      createdAt: expect.any(Number),
      deadLetteredAt: expect.any(Number),
    });

    await control("/faults", { method: "DELETE" });
    const replay = await admin(`/v1/admin/dead-letters/${submissionId}/replay`, {
      method: "POST",
    });
    expect(replay.status).toBe(202);
    await expect
      .poll(() => statusOf(submissionId), { timeout: 10_000, interval: 100 })
      .toBe("delivered");
    await expectOneLinkedRecord(email);
  });

  it("finishes a replay that stopped between requeueing the ledger and queueing its message", async () => {
    await injectFault({ method: "POST", path: SUBMIT, status: 503 });
    const { submissionId, email } = await acceptedWithLostMessage();
    for (let firing = 1; firing <= 4; firing++) await runDurableObjectAlarm(ledger(submissionId));
    expect(await statusOf(submissionId)).toBe("failed");
    await control("/faults", { method: "DELETE" });

    // The replay's first step, then the process dies before the message is queued.
    expect(await ledger(submissionId).requeue()).toBe(true);
    expect(await statusOf(submissionId)).toBe("queued");
    // The operator's second replay finds the entry stale (the ledger is no longer failed).
    const again = await admin(`/v1/admin/dead-letters/${submissionId}/replay`, {
      method: "POST",
    });
    expect(again.status).toBe(404);
    expect((await deadLetters()).map((letter) => letter.submissionId)).not.toContain(submissionId);

    expect(await runDurableObjectAlarm(ledger(submissionId))).toBe(true);
    expect(await statusOf(submissionId)).toBe("delivered");
    await expectOneLinkedRecord(email);
  });
});
