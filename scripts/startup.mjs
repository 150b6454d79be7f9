#!/usr/bin/env node
// Start-up cost of a built Worker bundle: the time to load, compile and
// evaluate the module, which includes building the app (src/index.ts calls
// createApp() at module level). Each sample is a fresh Node process (a cold V8
// isolate, like a Worker's first request in a new isolate) that times
// `import()` of the bundle; `cloudflare:workers` is replaced by a stub, as Node
// has no such module. Node's V8 is close to workerd's; the figure is for
// comparing bundles on one machine, not a prediction of Cloudflare's.
//
//   node scripts/startup.mjs [bundle.js ...]   (default: builds wrangler.toml's Worker)
//   STARTUP_SAMPLES=30 node scripts/startup.mjs a.js b.js
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "./build.mjs";

const SAMPLES = Number(process.env.STARTUP_SAMPLES ?? 20);
const STUB =
  "data:text/javascript,export class DurableObject{constructor(ctx,env){this.ctx=ctx;this.env=env}}";

/** A copy of the bundle that Node can import. */
function nodeCopy(bundle) {
  const copy = path.join(mkdtempSync(path.join(os.tmpdir(), "caraer-startup-")), "index.mjs");
  const source = readFileSync(bundle, "utf8").replaceAll('"cloudflare:workers"', `"${STUB}"`);
  writeFileSync(copy, source);
  return copy;
}

/**
 * Wall and CPU milliseconds (user + system, this process only) that one fresh
 * process spends importing the module. CPU time is the steadier figure on a
 * shared machine.
 */
function sample(file) {
  const script = `const c0 = process.cpuUsage(); const t0 = performance.now(); await import(${JSON.stringify(file)}); const wall = performance.now() - t0; const cpu = process.cpuUsage(c0); console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000 }));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

const bundles = process.argv.slice(2);
if (bundles.length === 0) bundles.push(await build("wrangler.toml"));
const files = bundles.map(nodeCopy);
for (const file of files) sample(file); // warms the file system cache
const samples = files.map(() => []);
// Round-robin, so load from other processes on the machine hits every bundle alike.
for (let round = 0; round < SAMPLES; round++) {
  for (const [i, file] of files.entries()) samples[i].push(sample(file));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
bundles.forEach((bundle, i) => {
  const wall = samples[i].map((s) => s.wall);
  const cpu = samples[i].map((s) => s.cpu);
  console.log(
    `${bundle}: ${(readFileSync(bundle).length / 1024).toFixed(0)} KiB; import over ${SAMPLES} fresh processes: CPU p50 ${median(cpu).toFixed(1)} ms (min ${Math.min(...cpu).toFixed(1)}), wall p50 ${median(wall).toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)})`,
  );
});
