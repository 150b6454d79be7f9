import { expect } from "vitest";
import type { Fault } from "../../helpers";
import { admin, deadLetters } from "./admin";
import { dataOf, eventually, statusOf, submitJson } from "./forms";

/** Share of an upstream route's calls the chaos tests fail or hang. */
export const FAILURE_RATE = 0.4;
// Four independent kinds of failure per route, together failing FAILURE_RATE of calls.
const RATE_PER_KIND = 1 - (1 - FAILURE_RATE) ** (1 / 4);
/** Refusals, lost answers, and hangs before and after the CRM acted. */
export const CHAOS_KINDS = [
  { status: 503 },
  { status: 500, phase: "after" as const },
  { hang: true },
  { hang: true, phase: "after" as const },
];

/**
 * The chaos faults for one route of an emulator (Caraer's or Kasar's: the same
 * fault controls). Each draws from its own stream seeded from the run's seed
 * (test/setup/chaos-seed.ts), so its n-th matching call fails the same way in a
 * rerun with `CHAOS_SEED`; `offset` keeps the streams of different routes apart.
 */
export function chaosFaults(method: string, path: string, seed: number, offset: number): Fault[] {
  return CHAOS_KINDS.map((kind, index) => ({
    method,
    path,
    errorRate: RATE_PER_KIND,
    seed: (seed + offset + index) % 2 ** 32,
    ...kind,
  }));
}

/** A fault as the emulator lists it, with how often it struck. */
export interface AppliedFault {
  path: string;
  status?: number;
  hang?: boolean;
  phase?: string;
  applied: number;
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
export async function pooled<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
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

/** What the chaos run needs of one CRM's emulator and demo form. */
export interface ChaosCrm {
  /** The CRM's name, for messages. */
  name: string;
  /** The demo form the applications go to. */
  form: string;
  /** The vacancy every application is for. */
  vacancy: string;
  /** Resets the emulator and the edge's cache. */
  reset(): Promise<void>;
  /** Uploads a CV for the run, answering its key. */
  uploadCv(): Promise<string>;
  /** The submission's values for an applicant (`i`-th, with this email and the run's CV). */
  values(i: number, email: string, cvKey: string): Record<string, unknown>;
  /** Injects the chaos faults (chaosFaults) on the create route and the link route. */
  injectChaos(seed: number): Promise<void>;
  /** Refuses every create call until the faults are cleared. */
  refuseCreates(): Promise<void>;
  /** The emulator's faults, with how often each struck. */
  faults(): Promise<AppliedFault[]>;
  /** Removes every fault (and releases hung calls). */
  clearFaults(): Promise<void>;
  /** Every record of the form's object: its email and its links to other records. */
  records(): Promise<{ email: string; links: unknown[] }[]>;
  /** The links each application's record must have: exactly one, to the vacancy. */
  links: unknown[];
}

const DISTINCT = 160;
const REPEATS = 40;
const IN_FLIGHT = 20;
/** Applications sent while the CRM refuses every create: they must run out of retries. */
const DURING_OUTAGE = 5;

/**
 * The in-suite chaos run (docs/forms.md, "Testing"): 160 applications plus 40
 * repeats with the same Idempotency-Key, 20 in flight, while the CRM fails or
 * hangs on 40% of create and link calls; then an outage that dead-letters a
 * few, an operator's replay, and the count: every fault struck, every
 * submission delivered, exactly one record per application, linked once.
 */
export async function runChaos(crm: ChaosCrm, seed: number): Promise<void> {
  console.info(`chaos seed ${seed}: rerun with CHAOS_SEED=${seed}`);
  const started = Date.now();
  await crm.reset();
  const cvKey = await crm.uploadCv();
  const run = crypto.randomUUID().slice(0, 8);
  const application = (i: number) => {
    const email = `chaos-${run}-${i}@example.com`;
    return {
      email,
      key: crypto.randomUUID(),
      body: { values: crm.values(i, email, cvKey), relatedRecordUuid: crm.vacancy },
    };
  };
  const applications = Array.from({ length: DISTINCT }, (_, i) => application(i));
  await crm.injectChaos(seed);

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
  const send = (body: unknown, key: string) =>
    submitJson(body, { form: crm.form, headers: { "Idempotency-Key": key } });
  // Orders sends and answers exactly (JS runs one event at a time), unlike coarse clocks.
  let tick = 0;
  const answers = await pooled(
    order.map(({ application, index }) => async () => {
      const sentAt = tick++;
      const response = await send(application?.body, application?.key ?? "");
      return {
        index,
        sentAt,
        answeredAt: tick++,
        status: response.status,
        replayed: response.headers.get("Idempotent-Replayed") === "true",
        data: await dataOf(response),
      };
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
  // A repeat sent after its first arrival was answered is a replay of that answer; one
  // racing it may find it mid-try and try itself (same submission, no replay). Both happened.
  const pairs = Array.from({ length: REPEATS }, (_, i) =>
    answers.filter((answer) => answer.index === i * 4).sort((a, b) => a.sentAt - b.sentAt),
  );
  const after = pairs.filter(([first, repeat]) => (repeat?.sentAt ?? 0) > (first?.answeredAt ?? 0));
  expect(after.filter(([, repeat]) => !repeat?.replayed)).toEqual([]);
  expect(after.length).toBeGreaterThan(0);
  expect(after.length).toBeLessThan(REPEATS);

  const settledAs = (wanted: string[], of: () => string[]) => async () => {
    const statuses = await pooled(
      of().map((id) => () => statusOf(id, crm.form)),
      IN_FLIGHT,
    );
    return statuses.every((status) => wanted.includes(String(status))) ? statuses : undefined;
  };
  // Wait until every submission is delivered or dead-lettered.
  await eventually(
    settledAs(["delivered", "failed"], () => [...ids.values()]),
    { timeoutMs: 120_000, intervalMs: 1_000 },
  );

  // Every kind of fault struck both routes: refusals, lost answers, hangs before and after.
  const faults = await crm.faults();
  expect(faults).toHaveLength(2 * CHAOS_KINDS.length);
  for (const fault of faults) expect(fault.applied, JSON.stringify(fault)).toBeGreaterThan(0);

  // The CRM then refuses every create for a while: applications sent now run out of
  // retries and are dead-lettered, so the operator's replay below always has work.
  await crm.clearFaults();
  await crm.refuseCreates();
  const outage = Array.from({ length: DURING_OUTAGE }, (_, i) => application(DISTINCT + i));
  const outageIds: string[] = [];
  for (const late of outage) {
    const response = await send(late.body, late.key);
    expect(response.status).toBe(202);
    outageIds.push((await dataOf(response)).submissionId);
  }
  await eventually(
    settledAs(["failed"], () => outageIds),
    { timeoutMs: 60_000, intervalMs: 1_000 },
  );

  // The CRM recovers; an operator replays whatever ran out of retries.
  await crm.clearFaults();
  const all = [...ids.values(), ...outageIds];
  const dead = (await deadLetters()).filter((letter) => all.includes(letter.submissionId));
  expect(dead.map((letter) => letter.submissionId)).toEqual(expect.arrayContaining(outageIds));
  for (const letter of dead) {
    const replay = await admin(`/v1/admin/dead-letters/${letter.submissionId}/replay`, {
      method: "POST",
    });
    expect(replay.status).toBe(202);
    expect(await dataOf(replay)).toEqual({ submissionId: letter.submissionId, status: "queued" });
  }
  // Replayed letters wait out their backoff again; a loaded machine needs the room.
  await eventually(
    settledAs(["delivered"], () => all),
    { timeoutMs: 150_000, intervalMs: 1_000 },
  );
  expect((await deadLetters()).filter((letter) => all.includes(letter.submissionId))).toEqual([]);

  // Exactly one record per accepted submission, linked exactly once to its vacancy.
  const records = (await crm.records()).filter((record) =>
    record.email.startsWith(`chaos-${run}-`),
  );
  const byEmail = new Map<string, number>();
  for (const record of records) {
    byEmail.set(record.email, (byEmail.get(record.email) ?? 0) + 1);
    expect(record.links).toEqual(crm.links);
  }
  expect(records).toHaveLength(DISTINCT + DURING_OUTAGE);
  for (const { email } of [...applications, ...outage]) expect(byEmail.get(email)).toBe(1);

  // Both answers the edge can give happened: delivered inline, and queued.
  const inline201 = answers.filter((answer) => answer.status === 201).length;
  const queued202 = answers.filter((answer) => answer.status === 202).length;
  expect(inline201).toBeGreaterThan(0);
  expect(queued202).toBeGreaterThan(0);

  // A report of the run, not a Worker log line: plain text, so the log-line format check skips it.
  console.info(
    `chaos summary: ${JSON.stringify({
      crm: crm.name,
      seed,
      accepted: answers.length + outage.length,
      inline201,
      queued202,
      replayed: answers.filter((answer) => answer.replayed).length,
      repeatsAfterAnswer: after.length,
      deadLettered: dead.length,
      faultsApplied: faults.reduce((sum, fault) => sum + fault.applied, 0),
      seconds: Math.round((Date.now() - started) / 1000),
    })}`,
  );
}
