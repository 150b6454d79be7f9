// Child processes of `npm run chaos`: started in their own process groups,
// found by pid, killed by pid, and all killed when the runner exits however
// it exits.
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const HOST_SCRIPT = fileURLToPath(new URL("./host.mjs", import.meta.url));

/** Process groups started by this runner (each child leads its own group). */
const groups = new Set();

/** Kills every process group this runner started; safe to call more than once. */
export function killAll() {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  groups.clear();
}

process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The pids whose parent is `pid`, read from /proc. */
function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields resume after the last ")".
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while the table was read.
    }
  }
  return children;
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/**
 * Runs a command to completion in its own process group (killed with the
 * runner); rejects with its output when it fails or outlives `timeoutMs`.
 */
export function run(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: "pipe" });
    groups.add(child.pid);
    let output = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      process.kill(-child.pid, "SIGKILL");
      reject(new Error(`${command} ${args.join(" ")} took over ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      groups.delete(child.pid);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output}`));
    });
  });
}

/**
 * Starts a Worker in workerd through scripts/chaos/host.mjs (with the options
 * in `optionsFile`) and waits until it serves requests. Every output line
 * goes to `logFile` and to `onLine`.
 * Answers the host's pid and the pid of its workerd (the process that holds
 * the Worker's state in flight).
 */
export function startHost(optionsFile, { logFile, onLine = () => {}, timeoutMs, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HOST_SCRIPT, optionsFile], {
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    groups.add(child.pid);
    const log = createWriteStream(logFile, { flags: "a" });
    let ready = false;
    let tail = "";
    const timer = setTimeout(() => fail(new Error(`host not ready in ${timeoutMs} ms`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${error.message}; see ${logFile}\n${tail.slice(-2000)}`));
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = "";
      stream.on("data", (chunk) => {
        log.write(chunk);
        tail = (tail + chunk).slice(-4000);
        buffered += chunk;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          onLine(line);
          if (!ready && line.startsWith(`{"ready":`)) {
            ready = true;
            clearTimeout(timer);
            const workerd = childrenOf(child.pid).find((pid) => commandOf(pid).includes("workerd"));
            if (workerd === undefined) reject(new Error("the host runs no workerd process"));
            else resolve({ pid: child.pid, workerd, exited: exitOf(child) });
          }
        }
      });
    }
    child.on("exit", (code, signal) => {
      groups.delete(child.pid);
      log.end();
      fail(new Error(`host exited with ${code ?? signal}`));
    });
  });
}

function exitOf(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/**
 * Crashes a host: SIGKILL to its workerd first (the Worker's state stops
 * mid-flight, with no chance to flush or finish anything), then to the rest
 * of its process group.
 */
export async function crash(host) {
  process.kill(host.workerd, "SIGKILL");
  try {
    process.kill(-host.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  groups.delete(host.pid);
  await host.exited;
}
