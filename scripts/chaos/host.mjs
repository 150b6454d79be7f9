#!/usr/bin/env node
// One Worker in workerd through Miniflare, as a child process of `npm run chaos`
// (scripts/chaos/run.mjs). Miniflare runs workerd as this process's child, so
// the runner can SIGKILL exactly the process that holds the Worker's state in
// flight, and start another host on the same persisted state.
//
//   node host.mjs <options.json>
//
// The file holds Miniflare's (v4-style) options and, for persisted local
// state, `persistDir`. Prints one line `{"ready":<port>}` once it serves.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const { persistDir, ...v4Options } = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8"));

// Miniflare comes with wrangler; resolving it from there keeps the two in step.
const require = createRequire(import.meta.resolve("wrangler"));
const { Miniflare, convertV4MiniflareOptions } = await import(require.resolve("miniflare"));

const options = convertV4MiniflareOptions(v4Options);
if (persistDir) options.resourcePersistencePath = persistDir;
const miniflare = new Miniflare(options);
await miniflare.ready;
console.log(JSON.stringify({ ready: v4Options.port }));

const stop = async () => {
  await miniflare.dispose();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
