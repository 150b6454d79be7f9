// A small closed-loop HTTP load generator for loopback benchmarks: a fixed
// number of connections, each sending its next request as soon as the last
// one is answered, for a fixed time or a fixed count.
import http from "node:http";

/**
 * Runs a load and returns throughput and latency percentiles (ms).
 * @param {{ url: string | (() => string), method?: string, headers?: Record<string,string> | (() => Record<string,string>), body?: string | (() => string), concurrency: number, durationMs?: number, requests?: number }} options
 */
export async function runLoad(options) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies = [];
  const statuses = new Map();
  const started = performance.now();
  const deadline = options.durationMs ? started + options.durationMs : Number.POSITIVE_INFINITY;
  let remaining = options.requests ?? Number.POSITIVE_INFINITY;

  async function worker() {
    while (performance.now() < deadline && remaining > 0) {
      remaining--;
      const url = typeof options.url === "function" ? options.url() : options.url;
      const body = typeof options.body === "function" ? options.body() : options.body;
      const headers =
        typeof options.headers === "function" ? options.headers() : (options.headers ?? {});
      const t0 = performance.now();
      const status = await request(agent, url, options.method ?? "GET", headers, body);
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return summarize(latencies, elapsedMs, statuses);
}

/** Sends one request and resolves its status once the body is fully read. */
export function request(agent, url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    // Bounded: a request that hangs fails the run instead of stalling it.
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url} in 30 s`)));
    req.end(body);
  });
}

/** The q-quantile (0..1) of sorted values. */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Throughput and percentiles of a set of latencies, which it keeps (sorted) for charts. */
export function summarize(latencies, elapsedMs, statuses = new Map()) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    rps: sorted.length / (elapsedMs / 1000),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    statuses: Object.fromEntries(statuses),
    latencies: sorted,
  };
}
