process.env.WRANGLER_LOG ??= "error"; // wrangler warns about secrets the bench and checks pass as bindings

// Runs built Workers (scripts/build.mjs) in workerd through Miniflare directly:
// each Worker in its own workerd process, listening on a loopback socket, with
// Miniflare's real KV, Durable Objects and Queues. No wrangler dev proxy sits in
// front, and each process's CPU time can be read from /proc.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { ROOT } from "./build.mjs";

// The Miniflare that wrangler itself depends on, so the options wrangler derives
// from a config are the ones this Miniflare understands.
const { Miniflare, convertV4MiniflareOptions } = createRequire(
  createRequire(import.meta.url).resolve("wrangler/package.json"),
)("miniflare");

/** Process ids of this process's workerd children. */
function workerdChildren() {
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${entry}/stat`, "utf8"));
      if (stat.ppid === process.pid && stat.comm === "workerd") pids.push(Number(entry));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return pids;
}

/** The fields of /proc/<pid>/stat this bench uses (man 5 proc). */
function parseStat(text) {
  const close = text.lastIndexOf(")");
  const comm = text.slice(text.indexOf("(") + 1, close);
  const fields = text.slice(close + 2).split(" ");
  // After "pid (comm)": state is field 3, ppid 4, utime 14, stime 15.
  return { comm, ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]) };
}

const TICKS_PER_SECOND = Number(
  spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100,
);

/** CPU time (user + system, ms) a process has used so far. */
export function cpuMs(pid) {
  const { utime, stime } = parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/**
 * Starts one Worker in its own workerd process on a loopback port. Start them
 * one at a time: the new process is recognised as the workerd child that was
 * not there before.
 * @param {{ config: string, bundle: string, bindings?: Record<string, unknown>, assets?: boolean }} options
 *   `config` supplies bindings (KV, DO, Queues, vars) as wrangler would; `bundle`
 *   is the built entry module; `bindings` overrides or adds vars. `assets: false`
 *   leaves out the config's `[assets]`: with them, Miniflare puts its asset
 *   router (two more Workers in the same process) in front of the direct socket,
 *   as Cloudflare does in front of the Worker; without them, requests reach the
 *   Worker's `fetch` straight from the socket, and static assets are not served.
 * @returns {Promise<{ origin: string, pid: number, dispose: () => Promise<void> }>}
 */
export async function start({ config, bundle, bindings = {}, assets = true }) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(path.join(ROOT, config));
  if (!assets) delete workerOptions.assets;
  const before = new Set(workerdChildren());
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      // Each process stands alone: no discovery of other runs' Workers.
      enableDevRegistry: false,
      workers: [
        {
          ...workerOptions,
          name: "worker",
          modulesRoot: path.dirname(bundle),
          modules: [{ type: "ESModule", path: bundle }],
          bindings: { ...workerOptions.bindings, ...bindings },
          // A workerd socket into this Worker: no Miniflare entry Worker (which
          // would add its own JavaScript to every request) in between, and with
          // `assets: false` no asset router either.
          unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
        },
      ],
    }),
  );
  await mf.ready;
  const url = await mf.unsafeGetDirectURL("worker");
  const pid = workerdChildren().find((candidate) => !before.has(candidate));
  if (pid === undefined) throw new Error(`no workerd process found for ${config}`);
  return { origin: url.origin, pid, dispose: () => mf.dispose() };
}
