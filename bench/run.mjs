#!/usr/bin/env node
// `npm run bench`: runs the edge Worker, the Caraer emulator and a floor
// Worker in workerd on loopback and prints figures measured in this run.
// Ratios compare against a baseline measured in the same run, so they mean
// something on any machine; absolute numbers only describe this one.
import os from "node:os";
import { unstable_startWorker } from "wrangler";
import { DEMO_API_TOKEN } from "../emulator/src/demo.ts";
import { runLoad } from "./load.mjs";

const UPSTREAM_LATENCY_MS = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const LIST = "/v1/lists/vacancies?limit=10";

const quiet = { inspector: false, watch: false, logLevel: "error", persist: false };
const plain = (value) => ({ type: "plain_text", value });

async function start(config, bindings = {}) {
  const worker = await unstable_startWorker({
    config,
    bindings,
    dev: { ...quiet, server: { hostname: "127.0.0.1", port: 0 } },
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

function line(label, value) {
  console.log(`${label.padEnd(58)} ${value}`);
}

const fmt = (n, digits = 1) => n.toFixed(digits);

async function main() {
  const started = Date.now();
  const emulator = await start("emulator/wrangler.toml");
  const edge = await start("wrangler.toml", {
    CARAER_API_BASE: plain(emulator.origin),
    CARAER_API_TOKEN: plain(DEMO_API_TOKEN),
  });
  const floor = await start("bench/floor/wrangler.toml");
  const results = {};
  try {
    await control(emulator.origin, "/reset", { method: "POST", body: "{}" });
    await control(emulator.origin, "/faults", {
      method: "POST",
      body: JSON.stringify({ path: "/api/v2/**", latencyMs: UPSTREAM_LATENCY_MS }),
    });

    // Cached list read against the floor, on the same bytes.
    const first = await fetch(`${edge.origin}${LIST}`);
    const body = await first.text();
    await fetch(floor.origin, { method: "PUT", body });
    const floorUrl = `${floor.origin}/`;
    const edgeUrl = `${edge.origin}${LIST}`;
    for (const url of [floorUrl, edgeUrl])
      await runLoad({ url, concurrency: CONCURRENCY, durationMs: 1500 });
    const rounds = { floor: [], edge: [] };
    for (let round = 0; round < 2; round++) {
      rounds.floor.push(
        await runLoad({
          url: floorUrl,
          concurrency: CONCURRENCY,
          durationMs: (SECONDS * 1000) / 2,
        }),
      );
      rounds.edge.push(
        await runLoad({ url: edgeUrl, concurrency: CONCURRENCY, durationMs: (SECONDS * 1000) / 2 }),
      );
    }
    const merge = (runs) => ({
      rps: runs.reduce((sum, run) => sum + run.rps, 0) / runs.length,
      p50: Math.max(...runs.map((run) => run.p50)),
      p99: Math.max(...runs.map((run) => run.p99)),
      statuses: runs.map((run) => run.statuses),
    });
    results.floor = merge(rounds.floor);
    results.cached = merge(rounds.edge);

    // Cold reads: every request a distinct cache key, so each one goes to Caraer.
    const cold = [];
    for (let page = 1; page <= 30; page++) {
      const t0 = performance.now();
      const response = await fetch(
        `${edge.origin}/v1/lists/vacancies?limit=1&page=${page}&sort=title`,
      );
      await response.arrayBuffer();
      cold.push(performance.now() - t0);
    }
    cold.sort((a, b) => a - b);
    results.cold = { p50: cold[15], p99: cold[29] };

    // Upstream requests per 1,000 list reads: 1,000 reads over 10 queries, starting cold.
    await control(emulator.origin, "/requests", { method: "DELETE" });
    let next = 0;
    const steady = await runLoad({
      url: () => `${edge.origin}/v1/lists/vacancies?limit=${20 + (next++ % 10)}`,
      concurrency: CONCURRENCY,
      requests: 1000,
    });
    const log = await control(emulator.origin, "/requests");
    results.steady = { reads: steady.count, upstream: log.data.length, statuses: steady.statuses };
  } finally {
    await Promise.allSettled([
      edge.worker.dispose(),
      emulator.worker.dispose(),
      floor.worker.dispose(),
    ]);
  }

  const { floor: f, cached: c } = results;
  console.log("");
  console.log(
    `Caraer Edge benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
  );
  console.log(
    `Upstream latency ${UPSTREAM_LATENCY_MS} ms, ${CONCURRENCY} connections, ${SECONDS} s per side`,
  );
  console.log("");
  line(
    "floor (KV read only): req/s, p50, p99",
    `${fmt(f.rps, 0)} req/s, ${fmt(f.p50, 2)} ms, ${fmt(f.p99, 2)} ms`,
  );
  line(
    "cached list read: req/s, p50, p99",
    `${fmt(c.rps, 0)} req/s, ${fmt(c.p50, 2)} ms, ${fmt(c.p99, 2)} ms`,
  );
  line("cached list read / floor: throughput (target >= 0.80)", fmt(c.rps / f.rps, 2));
  line("cached list read / floor: p99 (target <= 1.25)", fmt(c.p99 / f.p99, 2));
  line(
    "cold list read: p50 added over upstream latency",
    `${fmt(results.cold.p50 - UPSTREAM_LATENCY_MS)} ms`,
  );
  line(
    "cold list read: p99 added over upstream latency",
    `${fmt(results.cold.p99 - UPSTREAM_LATENCY_MS)} ms`,
  );
  line(
    "upstream requests per 1,000 list reads (10 queries, cold)",
    `${fmt((results.steady.upstream / results.steady.reads) * 1000, 0)}`,
  );
  console.log("");
  console.log(
    `statuses: cached ${JSON.stringify(c.statuses)}, steady ${JSON.stringify(results.steady.statuses)}`,
  );
  console.log(`total time ${fmt((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
