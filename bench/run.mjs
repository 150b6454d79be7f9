#!/usr/bin/env node
// `npm run bench`: runs the edge Worker, the Caraer emulator and a floor
// Worker in workerd on loopback and prints figures measured in this run.
// Every ratio compares against a baseline measured in the same run, so it
// means something on any machine; absolute numbers only describe this one.
import os from "node:os";
import { unstable_startWorker } from "wrangler";
import { DEMO_API_TOKEN, OPEN_APPLICATION_FORM_UUID } from "../emulator/src/demo.ts";
import { runLoad } from "./load.mjs";

const UPSTREAM_LATENCY_MS = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 9);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const STRICT_LIMIT = Number(process.env.BENCH_STRICT_LIMIT ?? 25);
const LIST = "/v1/lists/vacancies?limit=10";
const ORIGIN = "http://localhost:8787";

const plain = (value) => ({ type: "plain_text", value });
const json = (value) => ({ type: "json", value });
const OFF = {
  submission: { enabled: false },
  upload: { enabled: false },
  read: { enabled: false },
};

async function start(config, bindings = {}) {
  const worker = await unstable_startWorker({
    config,
    bindings,
    dev: {
      inspector: false,
      watch: false,
      logLevel: "error",
      persist: false,
      server: { hostname: "127.0.0.1", port: 0 },
    },
  });
  return { worker, origin: (await worker.url).origin };
}

async function control(emulator, path, init = {}) {
  const response = await fetch(`${emulator}/__emulator${path}`, {
    ...init,
    headers: { "Content-Type": "application/json" },
  });
  if (!response.ok) throw new Error(`emulator control ${path}: ${response.status}`);
  return response.json().catch(() => null);
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const line = (label, value) => console.log(`${label.padEnd(64)} ${value}`);

/** Alternates baseline and subject runs so drift and noise hit both alike. */
async function compare(baseline, subject) {
  for (const options of [baseline, subject]) await runLoad({ ...options, durationMs: 1000 });
  const runs = { baseline: [], subject: [] };
  for (let round = 0; round < 3; round++) {
    runs.baseline.push(await runLoad({ ...baseline, durationMs: (SECONDS * 1000) / 3 }));
    runs.subject.push(await runLoad({ ...subject, durationMs: (SECONDS * 1000) / 3 }));
  }
  const merge = (list) => ({
    rps: list.reduce((sum, run) => sum + run.rps, 0) / list.length,
    p50: median(list.map((run) => run.p50)),
    p99: median(list.map((run) => run.p99)),
    statuses: list.reduce((all, run) => {
      for (const [status, count] of Object.entries(run.statuses))
        all[status] = (all[status] ?? 0) + count;
      return all;
    }, {}),
  });
  return { baseline: merge(runs.baseline), subject: merge(runs.subject) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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

async function main() {
  const started = Date.now();
  const emulator = await start("emulator/wrangler.toml");
  const base = { CARAER_API_BASE: plain(emulator.origin), CARAER_API_TOKEN: plain(DEMO_API_TOKEN) };
  const [open, limited, strict, floor] = await Promise.all([
    start("wrangler.toml", { ...base, RATE_LIMITS: json(OFF) }),
    start("wrangler.toml", {
      ...base,
      RATE_LIMITS: json({ submission: { limit: 100_000, period: 60 }, upload: { enabled: false } }),
    }),
    start("wrangler.toml", {
      ...base,
      RATE_LIMITS: json({
        submission: { limit: STRICT_LIMIT, period: 3600 },
        upload: { enabled: false },
      }),
    }),
    start("bench/floor/wrangler.toml"),
  ]);
  const results = {};
  try {
    await control(emulator.origin, "/reset", { method: "POST", body: "{}" });
    await control(emulator.origin, "/faults", {
      method: "POST",
      body: JSON.stringify({ path: "/api/v2/**", latencyMs: UPSTREAM_LATENCY_MS }),
    });

    // 1. Cached list read (no limiter) against the floor, serving the same bytes.
    const body = await (await fetch(`${open.origin}${LIST}`)).text();
    await fetch(floor.origin, { method: "PUT", body });
    results.cached = await compare(
      { url: `${floor.origin}/`, concurrency: CONCURRENCY },
      { url: `${open.origin}${LIST}`, concurrency: CONCURRENCY },
    );

    // 2. Cold reads: every request a distinct cache key, so each one goes to
    // Caraer. The baseline is the very same upstream calls made directly, so
    // the difference is what the edge adds (KV miss, projection, ETag, store).
    await control(emulator.origin, "/requests", { method: "DELETE" });
    const cold = [];
    for (let page = 1; page <= 40; page++) {
      const t0 = performance.now();
      await (
        await fetch(`${open.origin}/v1/lists/vacancies?limit=1&page=${page}&sort=title`)
      ).arrayBuffer();
      cold.push(performance.now() - t0);
    }
    const sent = (await control(emulator.origin, "/requests?path=/api/v2/records/index")).data;
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
    const p = (list, q) => [...list].sort((a, b) => a - b)[Math.floor(q * (list.length - 1))];
    results.cold = {
      p50: p(cold, 0.5),
      p99: p(cold, 0.99),
      direct50: p(direct, 0.5),
      direct99: p(direct, 0.99),
      calls: sent.length,
    };

    // 3. Upstream requests per 1,000 list reads: 10 queries, starting cold, under load.
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
    await fetch(`${limited.origin}${LIST}`);
    results.readLimiter = await compare(
      {
        url: `${open.origin}${LIST}`,
        concurrency: CONCURRENCY,
        headers: () => ({ "CF-Connecting-IP": freshIp() }),
      },
      {
        url: `${limited.origin}${LIST}`,
        concurrency: CONCURRENCY,
        headers: () => ({ "CF-Connecting-IP": freshIp() }),
      },
    );

    // 5. Strict limiter: the same submission route with and without it. The
    // submissions are invalid on purpose (422 at the edge), so the figure is the
    // limiter's cost, not Caraer's.
    const invalid = JSON.stringify({ values: { email: "not-an-email" } });
    const submit = (origin) => ({
      url: `${origin}/v1/forms/${OPEN_APPLICATION_FORM_UUID}/submissions`,
      method: "POST",
      body: invalid,
      headers: { "Content-Type": "application/json", Origin: ORIGIN },
      // One at a time, as a visitor submits: concurrent requests from one client
      // queue in that client's single Durable Object, which the burst below shows.
      concurrency: 1,
    });
    results.strictLimiter = await compare(submit(open.origin), submit(limited.origin));

    // 6. 1,000 concurrent valid submissions from one address against a limit of N.
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
  } finally {
    await Promise.allSettled(
      [open, limited, strict, floor, emulator].map(({ worker }) => worker.dispose()),
    );
  }

  const { baseline: f, subject: c } = results.cached;
  const r = results.readLimiter;
  const s = results.strictLimiter;
  const refused = results.burst[429] ?? 0;
  const admitted = Object.entries(results.burst)
    .filter(([status]) => status !== "429")
    .reduce((sum, [, count]) => sum + count, 0);
  console.log("");
  console.log(
    `Caraer Edge benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? "cpu"}, Node ${process.version}`,
  );
  console.log(
    `upstream latency ${UPSTREAM_LATENCY_MS} ms, ${CONCURRENCY} connections, ${SECONDS} s per side per comparison`,
  );
  console.log("");
  line(
    "floor (KV read only): req/s | p50 | p99",
    `${fmt(f.rps, 0)} | ${fmt(f.p50, 2)} ms | ${fmt(f.p99, 2)} ms`,
  );
  line(
    "cached list read: req/s | p50 | p99",
    `${fmt(c.rps, 0)} | ${fmt(c.p50, 2)} ms | ${fmt(c.p99, 2)} ms`,
  );
  line("cached list read / floor, throughput (target >= 0.80)", fmt(c.rps / f.rps, 2));
  line("cached list read / floor, p99 latency (target <= 1.25)", fmt(c.p99 / f.p99, 2));
  line("cold list read: p50 | p99", `${fmt(results.cold.p50)} ms | ${fmt(results.cold.p99)} ms`);
  line(
    "the same upstream calls made directly: p50 | p99",
    `${fmt(results.cold.direct50)} ms | ${fmt(results.cold.direct99)} ms`,
  );
  line(
    "cold list read: p50 added by the edge over its upstream call",
    `${fmt(results.cold.p50 - results.cold.direct50)} ms`,
  );
  line(
    "upstream requests per 1,000 list reads (10 queries, from cold)",
    fmt((results.steady.upstream / results.steady.reads) * 1000, 0),
  );
  line(
    "read limiter: p50 with / without | added",
    `${fmt(r.subject.p50 / r.baseline.p50, 2)} | ${fmt(r.subject.p50 - r.baseline.p50, 2)} ms`,
  );
  line("read limiter: throughput with / without", fmt(r.subject.rps / r.baseline.rps, 2));
  line(
    "strict limiter: p50 with / without | added",
    `${fmt(s.subject.p50 / s.baseline.p50, 2)} | ${fmt(s.subject.p50 - s.baseline.p50, 2)} ms`,
  );
  line("strict limiter: throughput with / without", fmt(s.subject.rps / s.baseline.rps, 2));
  line(
    `1,000 concurrent submissions, one address, limit ${STRICT_LIMIT}: admitted | refused`,
    `${admitted} | ${refused}`,
  );
  console.log("");
  console.log(
    `statuses: cached ${JSON.stringify(c.statuses)}, steady ${JSON.stringify(results.steady.statuses)}, read limiter ${JSON.stringify(r.subject.statuses)}, strict ${JSON.stringify(s.subject.statuses)}, burst ${JSON.stringify(results.burst)}`,
  );
  console.log(`total ${fmt((Date.now() - started) / 1000)} s`);
  if (admitted !== STRICT_LIMIT) {
    console.error(`strict limiter admitted ${admitted}, expected exactly ${STRICT_LIMIT}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
