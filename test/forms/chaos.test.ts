import { describe, expect, it } from "vitest";
import { control, injectFault, resetAll } from "../helpers";
import { admin, deadLetters } from "./support/admin";
import {
  candidates,
  dataOf,
  eventually,
  pdf,
  statusOf,
  submitJson,
  upload,
  VACANCY,
} from "./support/forms";

const SUBMIT = "/api/v2/forms/public/*/*/submit";
const RELATION = "/api/v2/records/relations/**";
const DISTINCT = 160;
const REPEATS = 40;
const IN_FLIGHT = 20;
const FAILURE_RATE = 0.4;
// Four independent kinds of failure per route, together failing FAILURE_RATE of calls.
const RATE_PER_KIND = 1 - (1 - FAILURE_RATE) ** (1 / 4);

async function injectChaos(path: string): Promise<void> {
  for (const fault of [
    { status: 503 },
    { status: 500, phase: "after" as const },
    { hang: true },
    { hang: true, phase: "after" as const },
  ]) {
    await injectFault({ method: "POST", path, errorRate: RATE_PER_KIND, ...fault });
  }
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
async function pooled<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe("chaos", () => {
  it("loses and doubles nothing while Caraer fails or hangs on 40% of submit and relation calls", async () => {
    const started = Date.now();
    await resetAll();
    const [cv] = await upload([pdf()]);
    const run = crypto.randomUUID().slice(0, 8);
    const applications = Array.from({ length: DISTINCT }, (_, i) => ({
      email: `chaos-${run}-${i}@example.com`,
      key: crypto.randomUUID(),
      body: {
        values: {
          firstname: `Applicant${i}`,
          lastname: "Chaos",
          email: `chaos-${run}-${i}@example.com`,
          cv: cv?.key,
          gdpr_consent: true,
        },
        relatedRecordUuid: VACANCY,
      },
    }));
    await injectChaos(SUBMIT);
    await injectChaos(RELATION);

    // Every application once, plus repeats of some with the same key: a few right away
    // (double clicks racing the first), the rest later (retries after a timeout).
    const arrivals = [
      ...applications.map((application, index) => ({ application, index })),
      ...Array.from({ length: REPEATS }, (_, i) => ({
        application: applications[i * 4],
        index: i * 4,
      })),
    ];
    const order = [
      ...arrivals.slice(0, 10),
      ...arrivals.slice(DISTINCT, DISTINCT + 10),
      ...arrivals.slice(10, DISTINCT),
      ...arrivals.slice(DISTINCT + 10),
    ];
    const answers = await pooled(
      order.map(({ application, index }) => async () => {
        const response = await submitJson(application?.body, {
          headers: { "Idempotency-Key": application?.key ?? "" },
        });
        return { index, status: response.status, data: await dataOf(response) };
      }),
      IN_FLIGHT,
    );

    // Every arrival was accepted, and repeats got the same submission.
    expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 202)).toEqual([]);
    const ids = new Map<number, string>();
    for (const answer of answers) {
      const known = ids.get(answer.index);
      if (known) expect(answer.data.submissionId).toBe(known);
      else ids.set(answer.index, answer.data.submissionId);
    }
    expect(ids.size).toBe(DISTINCT);

    // Wait until every submission is delivered or dead-lettered.
    const settled = async () => {
      const statuses = await pooled(
        [...ids.values()].map((id) => () => statusOf(id)),
        IN_FLIGHT,
      );
      return statuses.every((status) => status === "delivered" || status === "failed")
        ? statuses
        : undefined;
    };
    await eventually(settled, { timeoutMs: 120_000, intervalMs: 1_000 });

    // Caraer recovers; an operator replays whatever ran out of retries.
    await control("/faults", { method: "DELETE" });
    const dead = (await deadLetters()).filter((letter) =>
      [...ids.values()].includes(letter.submissionId),
    );
    if (dead.length > 0) {
      const replay = await admin("/v1/admin/dead-letters/replay", { method: "POST" });
      expect(replay.status).toBe(202);
    }
    await eventually(
      async () => {
        const statuses = await pooled(
          [...ids.values()].map((id) => () => statusOf(id)),
          IN_FLIGHT,
        );
        return statuses.every((status) => status === "delivered") ? statuses : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    );

    // Exactly one record per accepted submission, linked exactly once to its vacancy.
    const records = (await candidates()).filter((record) =>
      String(record.values.email).startsWith(`chaos-${run}-`),
    );
    const byEmail = new Map<string, number>();
    for (const record of records) {
      const email = String(record.values.email);
      byEmail.set(email, (byEmail.get(email) ?? 0) + 1);
      expect(record.relations.map((edge) => [edge.relation, edge.recordUuid])).toEqual([
        ["applied_for", VACANCY],
      ]);
    }
    expect(records).toHaveLength(DISTINCT);
    expect([...byEmail.values()].every((count) => count === 1)).toBe(true);
    for (const application of applications) expect(byEmail.get(application.email)).toBe(1);

    console.info(
      JSON.stringify({
        event: "chaos.summary",
        accepted: answers.length,
        inline201: answers.filter((answer) => answer.status === 201).length,
        queued202: answers.filter((answer) => answer.status === 202).length,
        deadLettered: dead.length,
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
  }, 240_000);
});
