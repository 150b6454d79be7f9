import { describe, expect, it } from "vitest";
import {
  afterFailedTry,
  answerOf,
  backstopReason,
  finish,
  markFailed,
  newLedgerState,
  offered,
  requeue,
  summaryOf,
} from "./ledger-state";
import type { LedgerState } from "./state";

const NOW = 1_700_000_000_000;

function state(overrides: Partial<LedgerState> = {}): LedgerState {
  return { ...newLedgerState("form-1", "hash-1", NOW), ...overrides };
}

describe("offered", () => {
  it("tries a submission the ledger has never seen", () => {
    expect(offered(null, "hash-1")).toBeNull();
  });

  it("refuses a different payload under the same key, even while pending", () => {
    expect(offered(state(), "hash-2")).toEqual({ kind: "conflict" });
    expect(offered(state({ status: "delivered" }), "hash-2")).toEqual({ kind: "conflict" });
  });

  it("tries a pending submission again, and repeats an accepted one's answer", () => {
    expect(offered(state(), "hash-1")).toBeNull();
    expect(offered(state({ status: "delivered", recordUuid: "r-1" }), "hash-1")).toEqual({
      kind: "answer",
      answer: { status: "delivered", recordUuid: "r-1", replayed: true },
    });
  });
});

describe("transitions", () => {
  it("starts pending with no tries, no content and its times", () => {
    expect(newLedgerState("form-1", "hash-1", NOW)).toEqual({
      v: 1,
      formUuid: "form-1",
      payloadHash: "hash-1",
      status: "pending",
      prepared: null,
      recordUuid: null,
      linked: false,
      uncertainSince: null,
      attempts: 0,
      lastError: null,
      deadReason: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it("drops the content and the uncertainty once delivered", () => {
    const s = state({ uncertainSince: NOW, lastError: "timeout", recordUuid: "r-1" });
    finish(s);
    expect(s).toMatchObject({
      status: "delivered",
      prepared: null,
      uncertainSince: null,
      lastError: null,
      recordUuid: "r-1",
    });
  });

  it("answers a pending submission as queued", () => {
    expect(answerOf(state(), false)).toEqual({
      status: "queued",
      recordUuid: null,
      replayed: false,
    });
  });

  it("gives a replay a fresh set of tries, and only to a failed submission", () => {
    const failed = state({ attempts: 4 });
    markFailed(failed, "gave up");
    expect(failed).toMatchObject({ status: "failed", deadReason: "gave up" });
    expect(requeue(failed)).toBe(true);
    expect(failed).toMatchObject({ status: "queued", deadReason: null, attempts: 0 });
    expect(requeue(state({ status: "queued" }))).toBe(false);
    expect(requeue(null)).toBe(false);
  });

  it("summarises a dead letter without its content", () => {
    const s = state({ attempts: 2, lastError: "503" });
    expect(summaryOf("id-1", s, "gave up")).toEqual({
      submissionId: "id-1",
      formUuid: "form-1",
      reason: "gave up",
      attempts: 2,
      lastError: "503",
      createdAt: NOW,
    });
  });
});

describe("after a failed try", () => {
  it("dead-letters a refusal with its stage, and retries anything else after the delay", () => {
    expect(
      afterFailedTry({ kind: "permanent", stage: "submit", error: "400", types: [] }, 0),
    ).toEqual({ kind: "dead", reason: "rejected at submit: 400" });
    expect(afterFailedTry({ kind: "transient", stage: "submit", error: "503" }, 8)).toEqual({
      kind: "retry",
      error: "503",
      delaySeconds: 8,
    });
  });

  it("lets the backstop wait while tries remain, then names why it gave up", () => {
    const retry = { kind: "retry", error: "503", delaySeconds: 1 } as const;
    expect(backstopReason({ kind: "done" }, 9, 4)).toBeNull();
    expect(backstopReason(retry, 3, 4)).toBeNull();
    expect(backstopReason(retry, 4, 4)).toBe("retries exhausted after 4 tries: 503");
    expect(backstopReason({ kind: "dead", reason: "rejected at submit: 400" }, 1, 4)).toBe(
      "rejected at submit: 400",
    );
  });
});
