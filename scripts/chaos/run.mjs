#!/usr/bin/env node
// `npm run chaos`: the crash test of docs/forms.md ("The crash test"). The edge runs in workerd with persisted local state against the
// Caraer emulator (its own process), which fails or hangs on 40% of submit
// and relation calls. 500 submissions arrive, some repeated with the same
// Idempotency-Key, some as plain duplicates; the edge's workerd is killed
// (SIGKILL) twice while they arrive and once while deliveries are queued, and
// restarted on the same state each time. Then the faults stop, the queue
// drains, dead letters are replayed, and every accepted submission must exist
// in the emulator exactly once, linked exactly once. Exits non-zero otherwise.
//
// CHAOS_SEED=<n> reruns a seed (it decides the applications, their order,
// the kill points and the emulator's fault draws; timing still varies).
// `--crm kasar` runs the same test with CRM=kasar against the Kasar emulator
// (faults on its batch upsert and association calls instead).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { KASAR_DEMO_TOKEN, kasarVacancyId } from "../../emulator/kasar/src/demo.ts";
import {
  KASAR_APPLICATION_FORM_UUID,
  KASAR_DEMO_FORMS,
} from "../../emulator/kasar/src/edge-forms.ts";
import { KASAR_DEMO_LISTS } from "../../emulator/kasar/src/edge-settings.ts";
import {
  APPLICATION_FORM_UUID,
  DEMO_API_TOKEN,
  OPEN_VACANCY_UUID,
} from "../../emulator/src/demo.ts";
import { createPrng, randomUuid } from "../../emulator/src/prng.ts";
import { call, eventually, pooled, sleep } from "./client.mjs";
import { crash, freePort, killAll, run, startHost } from "./processes.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * What differs per CRM: the emulator, the edge's settings, the form and its
 * values, the calls that are faulted, and how a stored record names its link.
 */
const TARGETS = {
  caraer: {
    emulatorConfig: "emulator/wrangler.toml",
    form: APPLICATION_FORM_UUID,
    vacancy: OPEN_VACANCY_UUID,
    bindings: (emulator) => ({ CARAER_API_TOKEN: DEMO_API_TOKEN, CARAER_API_BASE: emulator }),
    values: (i, email, cv) => ({
      firstname: `Applicant${i}`,
      lastname: "Chaos",
      email,
      cv,
      gdpr_consent: true,
    }),
    submitCall: { method: "POST", path: "/api/v2/forms/public/*/*/submit" },
    linkCall: { method: "POST", path: "/api/v2/records/relations/**" },
    recordsPath: "/records?object=candidate",
    recordId: (record) => record.uuid,
    links: (record) => record.relations.map((e) => `${e.relation}→${e.recordUuid}`),
    expectedLink: (vacancy) => `applied_for→${vacancy}`,
  },
  kasar: {
    emulatorConfig: "emulator/kasar/wrangler.toml",
    form: KASAR_APPLICATION_FORM_UUID,
    vacancy: kasarVacancyId(1),
    bindings: (emulator) => ({
      CRM: "kasar",
      KASAR_API_TOKEN: KASAR_DEMO_TOKEN,
      KASAR_API_BASE: emulator,
      LISTS: KASAR_DEMO_LISTS,
      FORMS: KASAR_DEMO_FORMS,
    }),
    values: (i, email, cv) => ({
      first_name: `Applicant${i}`,
      last_name: "Chaos",
      email,
      cv,
      consent: true,
    }),
    submitCall: { method: "POST", path: "/api/v1/records/candidates/batch/upsert" },
    linkCall: { method: "PUT", path: "/api/v1/records/candidates/*/associations/**" },
    recordsPath: "/records?object=candidates",
    recordId: (record) => record.id,
    links: (record) => record.associations.map((a) => `${a.object}→${a.id}`),
    expectedLink: (vacancy) => `vacancies→${vacancy}`,
  },
};
const crmFlag = process.argv.indexOf("--crm");
const CRM = crmFlag === -1 ? "caraer" : process.argv[crmFlag + 1];
const target = TARGETS[CRM];
if (!target) {
  console.error(`chaos: --crm must be one of ${Object.keys(TARGETS).join(", ")}`);
  process.exit(2);
}
const FORM = target.form;
const VACANCY = target.vacancy;
const SEED = process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : Date.now() % 1_000_000;
const APPLICATIONS = 400;
const KEYED_REPEATS = 60;
const PLAIN_DUPLICATES = 40;
/** Applications sent while Caraer refuses every submit, so they are dead-lettered. */
const OUTAGE_APPLICATIONS = 5;
/** How long the outage's submissions may take to run out of tries. */
const OUTAGE_TIMEOUT_MS = 60_000;
/** Share of applications sent without an Idempotency-Key (their ledger is named by payload). */
const KEYLESS_SHARE = 0.25;
const IN_FLIGHT = 16;
const FAILURE_RATE = 0.4;
// Four independent kinds of fault per route, together failing FAILURE_RATE of its calls.
const RATE_PER_KIND = 1 - (1 - FAILURE_RATE) ** (1 / 4);
const ADMIN_TOKEN = "chaos-operator-token-0123456789";
/**
 * Hard bounds: the whole run, each phase, and a visitor's tries. Generous, so
 * that a busy CI machine is not mistaken for a loss; a quiet run takes 3 minutes.
 */
const RUN_TIMEOUT_MS = 480_000;
const HOST_START_TIMEOUT_MS = 60_000;
const SEND_TIMEOUT_MS = 240_000;
const DRAIN_TIMEOUT_MS = 90_000;
const REPLAY_TIMEOUT_MS = 60_000;
const CLIENT_RETRY_MS = 250;
/** How long a hanging Caraer call holds its request: past both of the edge's timeouts. */
const HANG_MS = 5_000;

/** The edge's settings for this run: short timeouts and backoff, a few tries, limits lifted. */
const EDGE_BINDINGS = {
  ADMIN_TOKEN,
  // One client sends everything, so the per-client limits would only refuse it.
  RATE_LIMITS: {
    submission: { limit: 100_000, clientLimit: 100_000, period: 60 },
    upload: { limit: 100_000, clientLimit: 100_000, period: 60 },
    formLookup: { limit: 100_000, period: 60 },
    read: { enabled: false },
  },
  // Short inline tries (so both 201 and 202 happen), patient queued ones.
  FORM_INLINE_TIMEOUT_MS: 1_500,
  FORM_DELIVERY_TIMEOUT_MS: 3_000,
  DELIVERY_BACKOFF_BASE_SECONDS: 1,
  DELIVERY_BACKOFF_MAX_SECONDS: 2,
  DELIVERY_MAX_ATTEMPTS: 4,
  DELIVERY_BACKSTOP_SECONDS: 10,
};

// The edge's required secret (wrangler.toml names Caraer's), where wrangler looks for it when it
// reads the config; a Kasar run ignores it.
process.env.CARAER_API_TOKEN = DEMO_API_TOKEN;
const startedAt = Date.now();
const work = mkdtempSync(join(tmpdir(), "caraer-chaos-"));
const rng = createPrng(SEED);
const figures = {
  seed: SEED,
  arrivals: 0,
  answers: { 201: 0, 202: 0 },
  otherAnswers: {},
  droppedConnections: 0,
  kills: 0,
  backstopTries: 0,
  accepted: 0,
  delivered: 0,
  duplicates: 0,
  lost: 0,
  deadLettered: 0,
  replayed: 0,
  unexplained: 0,
  drainSeconds: null,
  replaySeconds: null,
};
const problems = [];

const log = (message) =>
  console.log(`chaos ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)}s  ${message}`);

setTimeout(() => {
  problems.push(`gave up after ${RUN_TIMEOUT_MS / 1000} s`);
  finish();
}, RUN_TIMEOUT_MS).unref();

/** Bundles a Worker as `wrangler deploy` would, without deploying. */
function bundle(config, outdir) {
  const wrangler = join(ROOT, "node_modules/wrangler/bin/wrangler.js");
  return run(
    process.execPath,
    [wrangler, "deploy", "--dry-run", "-c", config, "--outdir", outdir],
    {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      timeoutMs: 120_000,
    },
  );
}

/**
 * Writes the Miniflare options of a wrangler config's Worker, run from its
 * bundle in `bundleDir` on a loopback port, for scripts/chaos/host.mjs.
 */
function hostOptions(name, { config, bundleDir, port, bindings = {}, persistDir }) {
  // The bundle is one module, so wrangler's rules for finding modules do not apply.
  const { modulesRules: _, ...worker } = unstable_getMiniflareWorkerOptions(
    join(ROOT, config),
  ).workerOptions;
  const file = join(work, `${name}.options.json`);
  const options = {
    ...worker,
    modules: true,
    modulesRoot: bundleDir,
    scriptPath: join(bundleDir, "index.js"),
    bindings: { ...worker.bindings, ...bindings },
    host: "127.0.0.1",
    port,
    persistDir,
  };
  writeFileSync(file, JSON.stringify(options));
  return file;
}

/** Counts the tries of the ledgers' backstop in the edge's log lines. */
function watchEdgeLog(line) {
  if (line.includes('"event":"submission.backstop"')) figures.backstopTries += 1;
}

async function main() {
  log(`seed ${SEED} (rerun with CHAOS_SEED=${SEED}); CRM ${CRM}; work directory ${work}`);
  const [emulatorPort, edgePort] = [await freePort(), await freePort()];
  await Promise.all([
    bundle("wrangler.toml", join(work, "edge-bundle")),
    bundle(target.emulatorConfig, join(work, "emulator-bundle")),
  ]);
  const emulator = `http://127.0.0.1:${emulatorPort}`;
  const edge = `http://127.0.0.1:${edgePort}`;
  const env = { ...process.env };
  const emulatorOptions = hostOptions("emulator", {
    config: target.emulatorConfig,
    bundleDir: join(work, "emulator-bundle"),
    port: emulatorPort,
  });
  const edgeOptions = hostOptions("edge", {
    config: "wrangler.toml",
    bundleDir: join(work, "edge-bundle"),
    port: edgePort,
    persistDir: join(work, "edge-state"),
    bindings: { ...EDGE_BINDINGS, ...target.bindings(emulator) },
  });
  await startHost(emulatorOptions, {
    logFile: join(work, "emulator.log"),
    timeoutMs: HOST_START_TIMEOUT_MS,
    env,
  });
  const startEdge = () =>
    startHost(edgeOptions, {
      logFile: join(work, "edge.log"),
      onLine: watchEdgeLog,
      timeoutMs: HOST_START_TIMEOUT_MS,
      env,
    });
  let edgeHost = await startEdge();
  log(`emulator on ${emulator}, edge on ${edge} (workerd pid ${edgeHost.workerd})`);

  const control = async (path, init = {}) => {
    const answer = await call(`${emulator}/__emulator${path}`, {
      ...init,
      headers: { "Content-Type": "application/json" },
    });
    if (answer.status !== 200) throw new Error(`emulator ${path} answered ${answer.status}`);
    return answer.body;
  };
  const operator = (path, init = {}) =>
    call(`${edge}${path}`, { ...init, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });

  await control("/reset", { method: "POST", body: JSON.stringify({ seed: SEED }) });
  const cvKey = await uploadCv(edge);

  // The applications, and the arrivals: each application once, some again with the
  // same key (a retry after a timeout, a double click) or, keyless, as the same post.
  const application = (i, key) => ({
    index: i,
    email: `chaos-${SEED}-${i}@example.com`,
    key,
    body: JSON.stringify({
      values: target.values(i, `chaos-${SEED}-${i}@example.com`, cvKey),
      relatedRecordUuid: VACANCY,
    }),
  });
  const applications = Array.from({ length: APPLICATIONS }, (_, i) =>
    application(i, rng() < KEYLESS_SHARE ? null : randomUuid(rng)),
  );
  const keyed = shuffle(applications.filter((a) => a.key !== null));
  const keyless = shuffle(applications.filter((a) => a.key === null));
  const arrivals = shuffle([
    ...applications,
    ...keyed.slice(0, KEYED_REPEATS),
    ...keyless.slice(0, PLAIN_DUPLICATES),
  ]).map((application) => ({ application, answer: null }));
  if (keyed.length < KEYED_REPEATS || keyless.length < PLAIN_DUPLICATES) {
    throw new Error(`seed ${SEED} drew too few keyed or keyless applications`);
  }
  figures.arrivals = arrivals.length;

  for (const { method, path } of [target.submitCall, target.linkCall]) {
    for (const fault of [
      { status: 503 },
      { status: 500, phase: "after" },
      // Hangs past the edge's timeout, before or after Caraer did the work. Bounded, because
      // the emulator cannot see a client give up and unbounded hangs would pile up in it.
      { latencyMs: HANG_MS, status: 504 },
      { latencyMs: HANG_MS, status: 504, phase: "after" },
    ]) {
      await control("/faults", {
        method: "POST",
        body: JSON.stringify({ method, path, errorRate: RATE_PER_KIND, ...fault }),
      });
    }
  }
  log(`faults on: ${FAILURE_RATE * 100}% of submit and relation calls fail or hang`);

  // Two crashes while submissions arrive, at seeded points.
  const killAt = [0.25 + rng() * 0.15, 0.6 + rng() * 0.15].map((f) =>
    Math.floor(f * arrivals.length),
  );
  let answered = 0;
  let restarting = null;
  const crashEdge = async (when) => {
    const old = edgeHost;
    await crash(old);
    figures.kills += 1;
    log(`SIGKILL edge workerd pid ${old.workerd} (${when}); restarting on the same state`);
    edgeHost = await startEdge();
    log(`edge back (workerd pid ${edgeHost.workerd})`);
  };
  const sendDeadline = Date.now() + SEND_TIMEOUT_MS;
  await pooled(
    arrivals.map((arrival) => async () => {
      arrival.answer = await submit(edge, arrival.application, sendDeadline);
      answered += 1;
      if (killAt.includes(answered) && !restarting) {
        restarting = crashEdge(`${answered} of ${arrivals.length} submissions answered`);
        await restarting;
        restarting = null;
      }
    }),
    IN_FLIGHT,
  );
  // An outage: the CRM refuses every submit while a few more applications arrive, so
  // they run out of tries and are dead-lettered whatever the draws above did, and
  // the operator replay below always has work.
  await control("/faults", { method: "DELETE" });
  await control("/faults", {
    method: "POST",
    body: JSON.stringify({ ...target.submitCall, status: 503 }),
  });
  const outage = Array.from({ length: OUTAGE_APPLICATIONS }, (_, j) =>
    application(APPLICATIONS + j, randomUuid(rng)),
  );
  for (const outageApplication of outage) {
    applications.push(outageApplication);
    const answer = await submit(edge, outageApplication, Date.now() + 30_000);
    arrivals.push({ application: outageApplication, answer });
  }
  const outageIds = arrivals.slice(-OUTAGE_APPLICATIONS).map(({ answer }) => answer.submissionId);
  const outageDead = await eventually(
    async () => {
      const states = await Promise.all(
        outageIds.map(async (id) =>
          id ? (await call(`${edge}/v1/forms/${FORM}/submissions/${id}`)).body?.data?.status : null,
        ),
      );
      return states.every((state) => state === "failed") ? states : undefined;
    },
    { timeoutMs: OUTAGE_TIMEOUT_MS, intervalMs: 1_000 },
  );
  if (!outageDead) problems.push("the outage's submissions were not dead-lettered in time");
  figures.arrivals = arrivals.length;
  log(`outage: ${OUTAGE_APPLICATIONS} applications accepted while every submit failed`);

  for (const { answer } of arrivals) {
    if (answer.status === 201 || answer.status === 202) figures.answers[answer.status] += 1;
    else figures.otherAnswers[answer.status] = (figures.otherAnswers[answer.status] ?? 0) + 1;
  }
  log(
    `sent ${arrivals.length}: ${figures.answers[201]} × 201, ${figures.answers[202]} × 202, ` +
      `other ${JSON.stringify(figures.otherAnswers)}; ${figures.droppedConnections} dropped connections retried`,
  );

  // Every arrival of an application must have been given the same submission.
  const idsOf = new Map();
  for (const { application, answer } of arrivals) {
    if (answer.submissionId === undefined) continue;
    const ids = idsOf.get(application.index) ?? new Set();
    ids.add(answer.submissionId);
    idsOf.set(application.index, ids);
  }
  for (const [index, ids] of idsOf) {
    if (ids.size !== 1) problems.push(`application ${index} got ${ids.size} submission ids`);
  }
  const accepted = applications.filter((a) => idsOf.has(a.index));
  const submissionOf = new Map(accepted.map((a) => [a.index, [...idsOf.get(a.index)][0]]));
  figures.accepted = accepted.length;
  for (const a of applications) {
    if (!idsOf.has(a.index)) problems.push(`application ${a.index} was never accepted`);
  }

  // A third crash while deliveries wait in the queue, then the CRM recovers.
  await sleep(1_000);
  await crashEdge("deliveries queued");
  await control("/faults", { method: "DELETE" });
  const faultsStopped = Date.now();
  log("faults off; waiting for the queue to drain");

  // Each submission's status; a round asks only about those not yet in a `done` status.
  const status = new Map(accepted.map((a) => [submissionOf.get(a.index), "unknown"]));
  const poll = async (done = []) => {
    const open = [...status].filter(([, s]) => !done.includes(s)).map(([id]) => id);
    await pooled(
      open.map((id) => async () => {
        const answer = await call(`${edge}/v1/forms/${FORM}/submissions/${id}`);
        status.set(id, answer.status === 200 ? answer.body.data.status : `http ${answer.status}`);
      }),
      IN_FLIGHT,
    );
    const counts = Map.groupBy(status.values(), (s) => s);
    return Object.fromEntries([...counts].map(([s, all]) => [s, all.length]));
  };
  let last = {};
  const drained = await eventually(
    async () => {
      last = await poll(["delivered", "failed"]);
      const settled = (last.delivered ?? 0) + (last.failed ?? 0);
      return settled === accepted.length ? last : undefined;
    },
    { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 1_000 },
  );
  figures.drainSeconds = Number(((Date.now() - faultsStopped) / 1000).toFixed(1));
  if (!drained) {
    problems.push(`queue not drained in ${DRAIN_TIMEOUT_MS / 1000} s: ${JSON.stringify(last)}`);
  }
  log(`drained in ${figures.drainSeconds} s: ${JSON.stringify(last)}`);

  // Dead letters: listed through the operator routes, each one of ours, then replayed.
  const ours = new Set(submissionOf.values());
  const dead = await listDeadLetters(operator);
  figures.deadLettered = dead.length;
  for (const letter of dead) {
    if (!ours.has(letter.submissionId)) problems.push(`unknown dead letter ${letter.submissionId}`);
  }
  if (dead.length !== (last.failed ?? 0)) {
    problems.push(`${dead.length} dead letters listed, ${last.failed ?? 0} submissions failed`);
  }
  const replayStarted = Date.now();
  for (let round = 0; round < 20; round++) {
    const replay = await operator("/v1/admin/dead-letters/replay", { method: "POST" });
    if (replay.status !== 202) {
      problems.push(`replay answered ${replay.status}`);
      break;
    }
    figures.replayed += replay.body.data.replayed;
    if (replay.body.data.remaining === 0) break;
  }
  const delivered = await eventually(
    async () => {
      last = await poll(["delivered"]);
      return last.delivered === accepted.length ? last : undefined;
    },
    { timeoutMs: REPLAY_TIMEOUT_MS, intervalMs: 1_000 },
  );
  figures.replaySeconds = Number(((Date.now() - replayStarted) / 1000).toFixed(1));
  figures.delivered = last.delivered ?? 0;
  if (!delivered) problems.push(`not all delivered after the replay: ${JSON.stringify(last)}`);
  const left = await listDeadLetters(operator);
  if (left.length > 0) problems.push(`${left.length} dead letters left after the replay`);
  log(`replayed ${figures.replayed} in ${figures.replaySeconds} s: ${JSON.stringify(last)}`);

  // The emulator's records: one per accepted application, linked once to the vacancy.
  // An accepted application without a record is lost unless it waits as a dead letter.
  await poll();
  const waiting = new Set(left.map((letter) => letter.submissionId));
  const records = (await control(target.recordsPath)).data.filter((record) =>
    String(record.values.email).startsWith(`chaos-${SEED}-`),
  );
  const byEmail = Map.groupBy(records, (record) => String(record.values.email));
  for (const a of accepted) {
    const found = byEmail.get(a.email) ?? [];
    byEmail.delete(a.email);
    const id = submissionOf.get(a.index);
    const ending = status.get(id);
    if (ending === "queued") problems.push(`left queued: application ${a.index} (${id})`);
    if (found.length === 0 && !waiting.has(id)) {
      figures.lost += 1;
      problems.push(`lost: application ${a.index} (${id}) is ${ending}`);
    }
    if (found.length > 1) {
      figures.duplicates += found.length - 1;
      problems.push(`doubled: application ${a.index} has ${found.length} records`);
    }
    for (const record of ending === "delivered" ? found : []) {
      const edges = target.links(record);
      if (edges.length !== 1 || edges[0] !== target.expectedLink(VACANCY)) {
        problems.push(
          `record ${target.recordId(record)} of application ${a.index} linked as [${edges}]`,
        );
      }
    }
  }
  // What is left: records of applications whose visitor gave up before an answer came
  // (delivered all the same), or of no application at all, which nothing explains.
  const known = new Set(applications.map((a) => a.email));
  const unanswered = [...byEmail.keys()].filter((email) => known.has(email));
  if (unanswered.length > 0) log(`${unanswered.length} applications delivered but never answered`);
  figures.unexplained = [...byEmail.keys()].filter((email) => !known.has(email)).length;
  if (figures.unexplained > 0) problems.push(`${figures.unexplained} records of no application`);

  // The branches this run claims to cover must all have happened.
  if (figures.kills < 3) problems.push(`only ${figures.kills} crashes`);
  if (figures.answers[201] === 0 || figures.answers[202] === 0) problems.push("no 201 or no 202");
  if (figures.deadLettered === 0)
    problems.push("nothing was dead-lettered, the replay went untested");
}

/** Uploads the CV every application names (uploads are not faulted). */
async function uploadCv(edge) {
  const form = new FormData();
  const pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
  form.append("files", new File([pdf], "cv.pdf", { type: "application/pdf" }));
  const answer = await call(`${edge}/v1/forms/${FORM}/uploads`, { method: "POST", body: form });
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}`);
  return answer.body.data.files[0].key;
}

/**
 * One visitor's post, sent again like a browser script would while the edge
 * is down (no answer) or says to (503), until it is answered or the deadline
 * passes.
 */
async function submit(edge, application, deadline) {
  const headers = { "Content-Type": "application/json" };
  if (application.key) headers["Idempotency-Key"] = application.key;
  for (let tries = 1; ; tries++) {
    const answer = await call(`${edge}/v1/forms/${FORM}/submissions`, {
      method: "POST",
      headers,
      body: application.body,
    });
    if (answer.status === 201 || answer.status === 202) {
      return { status: answer.status, submissionId: answer.body.data.submissionId, tries };
    }
    if (answer.status === null) figures.droppedConnections += 1;
    else if (answer.status !== 503) return { status: answer.status, tries };
    if (Date.now() > deadline) return { status: answer.status, tries };
    await sleep(CLIENT_RETRY_MS);
  }
}

async function listDeadLetters(operator) {
  const all = [];
  let cursor = null;
  for (let page = 0; page < 100; page++) {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
    const answer = await operator(`/v1/admin/dead-letters${query}`);
    if (answer.status !== 200) throw new Error(`dead letters answered ${answer.status}`);
    all.push(...answer.body.data);
    cursor = answer.body.meta.nextCursor;
    if (!cursor) break;
  }
  return all;
}

/** A seeded Fisher-Yates shuffle. */
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function report() {
  const f = figures;
  const line = (label, value) => console.log(`  ${label.padEnd(22)} ${value}`);
  console.log(
    `\nchaos figures (seed ${f.seed}, ${((Date.now() - startedAt) / 1000).toFixed(0)} s):`,
  );
  line(
    "submissions sent",
    `${f.arrivals} (${APPLICATIONS} applications and ${OUTAGE_APPLICATIONS} during an outage, ${KEYED_REPEATS} repeated with their Idempotency-Key, ${PLAIN_DUPLICATES} plain duplicates)`,
  );
  line(
    "answers",
    `${f.answers[201]} × 201, ${f.answers[202]} × 202, other ${JSON.stringify(f.otherAnswers)}`,
  );
  line(
    "edge crashes",
    `${f.kills} × SIGKILL; ${f.droppedConnections} dropped connections sent again`,
  );
  line("accepted", f.accepted);
  line("delivered", f.delivered);
  line("duplicates", f.duplicates);
  line("lost", f.lost);
  line("dead-lettered", `${f.deadLettered} (replayed ${f.replayed})`);
  line("tried by the backstop", f.backstopTries);
  line(
    "time to drain",
    `${f.drainSeconds} s after the faults stopped; replay ${f.replaySeconds} s`,
  );
  console.log(JSON.stringify({ event: "chaos.summary", ...f, problems: problems.length }));
}

/** Stops every child, prints the figures and exits: non-zero on any problem. */
function finish() {
  killAll();
  report();
  if (problems.length > 0) {
    console.error(`\nchaos FAILED (seed ${SEED}; rerun with CHAOS_SEED=${SEED}); logs in ${work}:`);
    for (const problem of problems.slice(0, 30)) console.error(`  - ${problem}`);
    if (problems.length > 30) console.error(`  … and ${problems.length - 30} more`);
    process.exit(1);
  }
  rmSync(work, { recursive: true, force: true });
  console.log("chaos passed: nothing lost, nothing doubled");
  process.exit(0);
}

try {
  await main();
} catch (error) {
  problems.push(`run failed: ${error.stack ?? error}`);
}
finish();
