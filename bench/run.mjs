#!/usr/bin/env node
// `npm run bench`: builds the edge Worker, the Caraer emulator and the floor
// Worker as `wrangler deploy` would, runs each in its own workerd process through
// Miniflare (loopback sockets, real KV, Durable Objects and Queues, no dev
// proxy), drives them from a closed-loop load generator and prints figures
// measured in this run, with the targets of docs/benchmarks.md and verdicts.
// Every ratio compares against a baseline measured in the same run, so it means
// something on any machine; absolute numbers only describe this one.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  DEMO_API_TOKEN,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_VACANCY_SLUG,
} from "../emulator/src/demo.ts";
import { build, ROOT } from "../scripts/build.mjs";
import { cpuMs, start } from "../scripts/workerd.mjs";
import { latencyChart } from "./chart.mjs";
import { quantile, runLoad, summarize } from "./load.mjs";

const UPSTREAM_LATENCY_MS = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 9);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const STRICT_LIMIT = Number(process.env.BENCH_STRICT_LIMIT ?? 25);
const COLD_READS = Number(process.env.BENCH_COLD_READS ?? 60);
/** Pause after each cold read, so its background work (the KV write) is done before the next. */
const COLD_PAUSE_MS = Number(process.env.BENCH_COLD_PAUSE_MS ?? 100);
const CHART = process.env.BENCH_CHART ?? path.join(ROOT, "docs", "benchmarks.svg");
/** The whole run stops by itself after this, whatever happens. */
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 600);
const LIST = "/v1/lists/vacancies?limit=10";
/** The careers site's pages (README "SITE"), rendered from the same cached reads. */
const SITE_LIST = "/jobs/vacancies";
const SITE_VACANCY = `/jobs/vacancies/${OPEN_VACANCY_SLUG}`;
/** HTML pages may be at most 1.3 times slower than the cached JSON read: a throughput ratio of 1/1.3. */
const HTML_RATIO = 1 / 1.3;
const ORIGIN = "http://localhost:8787";
const OFF = {
  submission: { enabled: false },
  upload: { enabled: false },
  read: { enabled: false },
};

/** Every workerd process started, so any exit path can stop them. */
const running = [];

async function launch(config, bundle, bindings, options = {}) {
  const worker = await start({ config, bundle, bindings, ...options });
  running.push(worker);
  return worker;
}

async function stopAll() {
  await Promise.race([
    Promise.allSettled(running.map((worker) => worker.dispose())),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
}

const watchdog = setTimeout(async () => {
  console.error(`bench: stopped after ${MAX_SECONDS} s (BENCH_MAX_SECONDS)`);
  await stopAll();
  process.exit(2);
}, MAX_SECONDS * 1000);
watchdog.unref();

async function control(emulator, route, init = {}) {
  const response = await fetch(`${emulator}/__emulator${route}`, {
    ...init,
    headers: { "Content-Type": "application/json" },
  });
  if (!response.ok) throw new Error(`emulator control ${route}: ${response.status}`);
  return response.json().catch(() => null);
}

/** Runs a load against one Worker and adds that process's CPU time per request. */
async function measure(worker, options) {
  const before = cpuMs(worker.pid);
  const result = await runLoad(options);
  return { ...result, cpuMs: cpuMs(worker.pid) - before };
}

/**
 * Measures several subjects in the same run: a short warm-up each, then three
 * rounds in turn, so drift and noise from the shared machine hit all alike.
 * Latencies, counts and CPU time are pooled over the rounds.
 * @param {Record<string, { worker: { pid: number }, load: object }>} subjects
 */
async function compare(subjects) {
  const entries = Object.entries(subjects);
  for (const [, { worker, load }] of entries) await measure(worker, { ...load, durationMs: 1000 });
  const rounds = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let round = 0; round < 3; round++) {
    for (const [name, { worker, load }] of entries) {
      rounds[name].push(await measure(worker, { ...load, durationMs: (SECONDS * 1000) / 3 }));
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, pool(rounds[name])]));
}

/** One figure set from several runs of the same load. */
function pool(runs) {
  const statuses = new Map();
  for (const run of runs) {
    for (const [status, count] of Object.entries(run.statuses)) {
      statuses.set(status, (statuses.get(status) ?? 0) + count);
    }
  }
  const elapsedMs = runs.reduce((sum, run) => sum + (run.count / run.rps) * 1000, 0);
  const merged = summarize(
    runs.flatMap((run) => run.latencies),
    elapsedMs,
    statuses,
  );
  const cpu = runs.reduce((sum, run) => sum + run.cpuMs, 0);
  return { ...merged, cpuPerRequest: cpu / merged.count };
}

let nextIp = 0;
/** A different client address per request, so a limiter is exercised but never refuses. */
const freshIp = () => {
  nextIp++;
  return `10.${(nextIp >> 16) & 255}.${(nextIp >> 8) & 255}.${nextIp & 255}`;
};

function submission(i) {
  return JSON.stringify({
    values: {
      firstname: "Bench",
      lastname: `Runner ${i}`,
      email: `bench-${i}@example.com`,
      motivation: "Measuring the strict limiter.",
      gdpr_consent: true,
      _loadedAt: Date.now() - 60_000,
    },
  });
}

/** Cold list reads, one at a time, each a distinct cache key, then the same upstream calls made directly. */
async function coldReads(edge, emulator) {
  await control(emulator.origin, "/requests", { method: "DELETE" });
  const latencies = [];
  const wall = [];
  const before = cpuMs(edge.pid);
  for (let page = 1; page <= COLD_READS; page++) {
    const sentAt = Date.now();
    const t0 = performance.now();
    const response = await fetch(
      `${edge.origin}/v1/lists/vacancies?limit=1&page=${page}&sort=title`,
    );
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`cold read answered ${response.status}`);
    latencies.push(performance.now() - t0);
    wall.push({ sentAt, doneAt: Date.now() });
    // Reads from separate visitors: the next one does not arrive while this
    // one's KV write (left to waitUntil) still runs. Its CPU time still counts.
    await new Promise((resolve) => setTimeout(resolve, COLD_PAUSE_MS));
  }
  // Let work left to waitUntil (the cache write) finish before reading the CPU time.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cpu = cpuMs(edge.pid) - before;
  const all = (await control(emulator.origin, "/requests")).data;
  if (all.length !== COLD_READS) {
    console.warn(
      `cold reads: ${all.length} upstream calls for ${COLD_READS} reads (${[...new Set(all.map((call) => call.path))].join(", ")})`,
    );
  }
  const sent = all.filter((call) => call.path === "/api/v2/records/index");
  const direct = [];
  for (const call of sent) {
    const t0 = performance.now();
    const response = await fetch(
      `${emulator.origin}${call.path}?${new URLSearchParams(call.query)}`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${DEMO_API_TOKEN}`,
          "X-Caraer-Company-Uuid": call.headers["x-caraer-company-uuid"],
          "Content-Type": "application/json",
        },
        body: JSON.stringify(call.body),
      },
    );
    await response.arrayBuffer();
    direct.push(performance.now() - t0);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const directSorted = [...direct].sort((a, b) => a - b);
  // Where the added time goes: the emulator logs each call's arrival (ms), so
  // "before" is the edge's work until its upstream call arrives (middleware,
  // public set, generation, KV miss) and "after" what follows the upstream
  // answer (projection, ETag, response), taking the emulator's own time as
  // that of the direct calls. Only meaningful with one upstream call per read.
  const split = (part) =>
    all.length === COLD_READS
      ? quantile(
          wall.map(part).sort((a, b) => a - b),
          0.5,
        )
      : Number.NaN;
  return {
    before50: split(({ sentAt }, i) => Date.parse(all[i].at) - sentAt),
    after50: split(({ doneAt }, i) => doneAt - Date.parse(all[i].at) - quantile(directSorted, 0.5)),
    latencies: sorted,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    direct50: quantile(directSorted, 0.5),
    direct99: quantile(directSorted, 0.99),
    calls: sent.length,
    cpuPerRequest: cpu / COLD_READS,
  };
}

/** The machine's load average (1, 5, 15 min) when the run started. */
const loadAtStart = os.loadavg();

async function main() {
  const started = Date.now();
  console.log("building the edge, the emulator and the floor Worker ...");
  const [edgeBundle, emulatorBundle, floorBundle] = [
    "wrangler.toml",
    "emulator/wrangler.toml",
    "bench/floor/wrangler.toml",
  ].map(build);
  const emulator = await launch("emulator/wrangler.toml", emulatorBundle);
  const base = { CARAER_API_BASE: emulator.origin, CARAER_API_TOKEN: DEMO_API_TOKEN };
  // The edge without `[assets]`: Miniflare would otherwise route every request
  // through its asset router (two more Workers in the same process) before the
  // Worker. The measured routes are all the Worker's own; on Cloudflare the
  // asset check runs outside the Worker (docs/benchmarks.md).
  const edge = (bindings) =>
    launch("wrangler.toml", edgeBundle, { ...base, ...bindings }, { assets: false });
  const open = await edge({ RATE_LIMITS: OFF });
  // One client sends everything: its budget across forms is lifted, so each run
  // measures the per-form limit it sets.
  const limited = await edge({
    RATE_LIMITS: {
      submission: { limit: 100_000, clientLimit: 100_000, period: 60 },
      upload: { enabled: false },
    },
  });
  const strict = await edge({
    RATE_LIMITS: {
      submission: { limit: STRICT_LIMIT, clientLimit: 100_000, period: 3600 },
      upload: { enabled: false },
    },
  });
  const floor = await launch("bench/floor/wrangler.toml", floorBundle);
  const results = {};

  await control(emulator.origin, "/reset", { method: "POST", body: "{}" });
  await control(emulator.origin, "/faults", {
    method: "POST",
    body: JSON.stringify({ path: "/api/v2/**", latencyMs: UPSTREAM_LATENCY_MS }),
  });

  // 1. Cached list read (no limiter) against both floors, all serving the same bytes.
  console.log("cached list read against the constant and KV floors ...");
  const body = await (await fetch(`${open.origin}${LIST}`)).text();
  await fetch(floor.origin, { method: "PUT", body });
  const read = (worker, url) => ({ worker, load: { url, concurrency: CONCURRENCY } });
  results.cached = await compare({
    constant: read(floor, `${floor.origin}/constant`),
    kv: read(floor, `${floor.origin}/kv`),
    cached: read(open, `${open.origin}${LIST}`),
  });

  // 1b. The careers site's cached pages against the cached JSON read, same worker, same run:
  // what server rendering adds to a cached read.
  console.log("careers site pages against the cached JSON read ...");
  for (const page of [SITE_LIST, SITE_VACANCY]) {
    const warm = await fetch(`${open.origin}${page}`);
    await warm.arrayBuffer();
    if (warm.status !== 200) throw new Error(`${page} answered ${warm.status}`);
  }
  results.site = await compare({
    json: read(open, `${open.origin}${LIST}`),
    list: read(open, `${open.origin}${SITE_LIST}`),
    vacancy: read(open, `${open.origin}${SITE_VACANCY}`),
  });

  // 2. Cold reads: every request a distinct cache key, so each one goes to
  // Caraer. The baseline is the very same upstream calls made directly, so the
  // difference is what the edge adds (KV miss, projection, ETag, store).
  console.log(`${COLD_READS} cold list reads and the same upstream calls made directly ...`);
  results.cold = await coldReads(open, emulator);

  // 3. Upstream requests per 1,000 list reads: 10 queries, starting cold, under load.
  console.log("upstream requests per 1,000 list reads ...");
  await control(emulator.origin, "/requests", { method: "DELETE" });
  let next = 0;
  const steady = await runLoad({
    url: () => `${open.origin}/v1/lists/vacancies?limit=${20 + (next++ % 10)}`,
    concurrency: CONCURRENCY,
    requests: 1000,
  });
  const upstream = (await control(emulator.origin, "/requests")).data.length;
  results.steady = { reads: steady.count, upstream, statuses: steady.statuses };

  // 4. Read limiter: the same cached read with and without it, each request from a new address.
  console.log("read limiter ...");
  await fetch(`${limited.origin}${LIST}`);
  const fresh = (worker) => ({
    worker,
    load: {
      url: `${worker.origin}${LIST}`,
      concurrency: CONCURRENCY,
      headers: () => ({ "CF-Connecting-IP": freshIp() }),
    },
  });
  results.readLimiter = await compare({ without: fresh(open), with: fresh(limited) });

  // 5. Strict limiter: the same submission route with and without it. The
  // submissions are invalid on purpose (422 at the edge), so the figure is the
  // limiter's cost, not Caraer's. One at a time, as a visitor submits:
  // concurrent requests from one client queue in its one Durable Object, which
  // the burst below shows.
  console.log("strict limiter ...");
  const invalid = JSON.stringify({ values: { email: "not-an-email" } });
  const submit = (worker) => ({
    worker,
    load: {
      url: `${worker.origin}/v1/forms/${OPEN_APPLICATION_FORM_UUID}/submissions`,
      method: "POST",
      body: invalid,
      headers: { "Content-Type": "application/json", Origin: ORIGIN },
      concurrency: 1,
    },
  });
  results.strictLimiter = await compare({ without: submit(open), with: submit(limited) });

  // 6. 1,000 concurrent valid submissions from one address against a limit of N.
  console.log("1,000 concurrent submissions from one address ...");
  // The form's definition is cached first, as on a live form: the burst measures the
  // limiter, not 1,000 requests waiting on one cold definition look-up.
  const definition = await fetch(`${strict.origin}/v1/forms/${OPEN_APPLICATION_FORM_UUID}`);
  await definition.arrayBuffer();
  if (definition.status !== 200) throw new Error(`form definition answered ${definition.status}`);
  let i = 0;
  const burst = await runLoad({
    url: `${strict.origin}/v1/forms/${OPEN_APPLICATION_FORM_UUID}/submissions`,
    method: "POST",
    body: () => submission(i++),
    headers: {
      "Content-Type": "application/json",
      Origin: ORIGIN,
      "CF-Connecting-IP": "203.0.113.7",
    },
    concurrency: 1000,
    requests: 1000,
  });
  results.burst = burst.statuses;
  results.seconds = (Date.now() - started) / 1000;
  report(results);
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const line = (label, value) => console.log(`${label.padEnd(66)} ${value}`);
const figures = (r) =>
  `${fmt(r.rps, 0)} req/s | p50 ${fmt(r.p50, 2)} ms | p99 ${fmt(r.p99, 2)} ms | CPU ${fmt(r.cpuPerRequest * 1000, 0)} µs/req`;

function report(results) {
  const { constant, kv, cached } = results.cached;
  const site = results.site;
  const cold = results.cold;
  const r = results.readLimiter;
  const s = results.strictLimiter;
  const refused = results.burst[429] ?? 0;
  // Admitted means accepted (201 delivered, 202 queued); anything else that is not a 429
  // (a 503 when Caraer or the limiter is too slow for the burst) is neither.
  const admitted = (results.burst[201] ?? 0) + (results.burst[202] ?? 0);
  const otherwise = Object.entries(results.burst)
    .filter(([status]) => !["201", "202", "429"].includes(status))
    .map(([status, count]) => `${count} × ${status}`);
  const cpus = os.cpus();

  console.log("");
  console.log(
    `Caraer Edge benchmark on ${cpus.length} × ${cpus[0]?.model?.trim() ?? "cpu"}, Node ${process.version}, load average ${[
      loadAtStart,
      os.loadavg(),
    ]
      .map((load) => load.map((n) => n.toFixed(1)).join(" "))
      .join(" at the start, ")} at the end`,
  );
  console.log(
    `workerd via Miniflare on loopback, edge without the asset router; upstream latency ${UPSTREAM_LATENCY_MS} ms, ${CONCURRENCY} connections, ${SECONDS} s per subject per comparison`,
  );
  console.log("");
  line("constant floor (bytes from memory)", figures(constant));
  line("KV floor (one getWithMetadata)", figures(kv));
  line("cached list read", figures(cached));
  line("cached JSON read (site comparison)", figures(site.json));
  line(`careers list page ${SITE_LIST}`, figures(site.list));
  line("careers vacancy page /jobs/vacancies/{slug}", figures(site.vacancy));
  line(
    "cold list read: p50 | p99 | CPU",
    `${fmt(cold.p50)} ms | ${fmt(cold.p99)} ms | ${fmt(cold.cpuPerRequest * 1000, 0)} µs/req`,
  );
  line(
    `the same ${cold.calls} upstream calls made directly: p50 | p99`,
    `${fmt(cold.direct50)} ms | ${fmt(cold.direct99)} ms`,
  );
  line(
    "cold list read: p50 ms of edge work before | after the upstream call",
    `${fmt(cold.before50)} | ${fmt(cold.after50)}`,
  );
  line(
    "upstream requests per 1,000 list reads (10 queries, from cold)",
    fmt((results.steady.upstream / results.steady.reads) * 1000, 0),
  );
  line(
    "read limiter: p50 with / without | added | throughput with / without",
    `${fmt(r.with.p50 / r.without.p50, 2)} | ${fmt(r.with.p50 - r.without.p50, 2)} ms | ${fmt(r.with.rps / r.without.rps, 2)}`,
  );
  line(
    "strict limiter: p50 with / without | added | throughput with / without",
    `${fmt(s.with.p50 / s.without.p50, 2)} | ${fmt(s.with.p50 - s.without.p50, 2)} ms | ${fmt(s.with.rps / s.without.rps, 2)}`,
  );
  line(
    `1,000 concurrent submissions, one address, limit ${STRICT_LIMIT}: admitted | refused`,
    `${admitted} | ${refused}${otherwise.length > 0 ? ` | otherwise ${otherwise.join(", ")}` : ""}`,
  );

  const targets = [
    ["cached read throughput / KV floor", cached.rps / kv.rps, ">=", 1.0],
    ["cached read throughput / constant floor", cached.rps / constant.rps, ">=", 0.85],
    ["cached read p99 / KV floor p99", cached.p99 / kv.p99, "<=", 1.15],
    [
      "CPU per cached read / constant floor",
      cached.cpuPerRequest / constant.cpuPerRequest,
      "<=",
      1.5,
    ],
    [
      "careers list page throughput / cached JSON read",
      site.list.rps / site.json.rps,
      ">=",
      HTML_RATIO,
    ],
    [
      "careers vacancy page throughput / cached JSON read",
      site.vacancy.rps / site.json.rps,
      ">=",
      HTML_RATIO,
    ],
    ["cold read p50 added over direct upstream (ms)", cold.p50 - cold.direct50, "<=", 5],
    ["submission p50 with strict limiter / without", s.with.p50 / s.without.p50, "<=", 1.3],
  ];
  console.log("");
  console.log("targets (docs/benchmarks.md):");
  for (const [label, value, op, target] of targets) {
    const met = op === ">=" ? value >= target : value <= target;
    line(
      `  ${label} (${op} ${fmt(target, 2)})`,
      `${fmt(value, 2).padStart(6)}  ${met ? "met" : "MISSED"}`,
    );
  }
  line(
    "  CPU per cached read / KV floor (for reference)",
    fmt(cached.cpuPerRequest / kv.cpuPerRequest, 2).padStart(6),
  );
  console.log("");
  console.log(
    `statuses: constant ${JSON.stringify(constant.statuses)}, kv ${JSON.stringify(kv.statuses)}, cached ${JSON.stringify(cached.statuses)}, steady ${JSON.stringify(results.steady.statuses)}, read limiter ${JSON.stringify(r.with.statuses)}, strict ${JSON.stringify(s.with.statuses)}, burst ${JSON.stringify(results.burst)}`,
  );
  console.log(`total ${fmt(results.seconds)} s`);

  if (CHART !== "") {
    writeFileSync(
      CHART,
      latencyChart({
        title: `List read latency, ${CONCURRENCY} connections (cold: one at a time, ${UPSTREAM_LATENCY_MS} ms upstream)`,
        series: [
          {
            label: `constant floor (p50 ${fmt(constant.p50, 2)} ms)`,
            latencies: constant.latencies,
          },
          { label: `KV floor (p50 ${fmt(kv.p50, 2)} ms)`, latencies: kv.latencies },
          { label: `cached read (p50 ${fmt(cached.p50, 2)} ms)`, latencies: cached.latencies },
          { label: `cold read (p50 ${fmt(cold.p50, 1)} ms)`, latencies: cold.latencies },
        ],
      }),
    );
    console.log(`chart written to ${path.relative(process.cwd(), CHART)}`);
  }

  // The figures above are only meaningful if every request got the answer under test.
  const unexpected = [
    ["constant floor", constant.statuses, "200"],
    ["KV floor", kv.statuses, "200"],
    ["cached read", cached.statuses, "200"],
    ["careers list page", site.list.statuses, "200"],
    ["careers vacancy page", site.vacancy.statuses, "200"],
    ["steady reads", results.steady.statuses, "200"],
    ["read limiter", r.with.statuses, "200"],
    ["strict limiter", s.with.statuses, "422"],
    ["no limiter", s.without.statuses, "422"],
  ].filter(([, statuses, expected]) => Object.keys(statuses).some((status) => status !== expected));
  for (const [label, statuses, expected] of unexpected) {
    console.error(`${label}: expected only ${expected}, got ${JSON.stringify(statuses)}`);
  }
  if (admitted !== STRICT_LIMIT) {
    console.error(`strict limiter admitted ${admitted}, expected exactly ${STRICT_LIMIT}`);
  }
  if (unexpected.length > 0 || admitted !== STRICT_LIMIT) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    clearTimeout(watchdog);
  });
