#!/usr/bin/env node
// `npm start`: runs the Caraer emulator on :8788 (`wrangler dev`) and the edge
// Worker on :8787 (in this process, see scripts/edge-dev.mjs), pointed at it.
// Creates .dev.vars from .dev.vars.example on first run so a fresh clone
// starts without manual steps. `npm start -- --crm kasar` (or CRM=kasar) runs
// the Kasar emulator on :8789 instead, and the edge with CRM=kasar and the
// Kasar demo's LISTS and SITE (emulator/kasar/src/edge-settings.ts) and its
// application form (edge-forms.ts).
import { spawn } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { unstable_startWorker } from "wrangler";
import { KASAR_DEMO_TOKEN } from "../emulator/kasar/src/demo.ts";
import { KASAR_DEMO_FORMS } from "../emulator/kasar/src/edge-forms.ts";
import { KASAR_DEMO_LISTS, KASAR_DEMO_SITE } from "../emulator/kasar/src/edge-settings.ts";
import { edgeWorkerInput } from "./edge-dev.mjs";
import { plainHtmlHandler } from "./examples-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const devVars = join(root, ".dev.vars");
if (!existsSync(devVars)) {
  copyFileSync(join(root, ".dev.vars.example"), devVars);
  console.log("Created .dev.vars from .dev.vars.example (demo token, emulator on :8788).");
}

const { values: args } = parseArgs({
  options: { crm: { type: "string", default: process.env.CRM || "caraer" } },
});
if (args.crm !== "caraer" && args.crm !== "kasar") {
  console.error(`--crm must be caraer or kasar, not ${args.crm}`);
  process.exit(2);
}
const kasar = args.crm === "kasar";

process.env.WRANGLER_SEND_METRICS = "false";
const env = { ...process.env };
const emulator = kasar
  ? ["kasar-emulator", "emulator/kasar/wrangler.toml", "8789"]
  : ["emulator", "emulator/wrangler.toml", "8788"];
const children = [
  [
    emulator[0],
    [
      "dev",
      "-c",
      emulator[1],
      "--port",
      emulator[2],
      "--ip",
      "127.0.0.1",
      "--inspector-port",
      "9230",
    ],
  ],
].map(([name, args]) => {
  const child = spawn("wrangler", args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split("\n"))
        if (line.trim()) console.log(`[${name}] ${line}`);
    });
  }
  child.on("exit", (code) => {
    console.log(`[${name}] exited with ${code}`);
    shutdown(code ?? 1);
  });
  return child;
});

// The edge runs in this process, so the optional secrets of .dev.vars reach it (scripts/edge-dev.mjs).
// The Kasar demo: the edge reads the Kasar emulator with its demo token and settings.
const kasarBindings = {
  CRM: { type: "plain_text", value: "kasar" },
  KASAR_API_BASE: { type: "plain_text", value: "http://127.0.0.1:8789" },
  KASAR_API_TOKEN: { type: "secret_text", value: KASAR_DEMO_TOKEN },
  LISTS: { type: "json", value: KASAR_DEMO_LISTS },
  SITE: { type: "json", value: KASAR_DEMO_SITE },
  FORMS: { type: "json", value: KASAR_DEMO_FORMS },
};
const edge = await unstable_startWorker(
  edgeWorkerInput({
    devVars,
    port: 8787,
    inspectorPort: 9229,
    watch: true,
    ...(kasar ? { bindings: kasarBindings } : {}),
  }),
);
console.log(`[edge] Ready on ${(await edge.url).origin}`);

// The plain HTML examples (examples/plain-html), on a second origin listed in
// ALLOWED_ORIGINS: a job board on `fetch` alone (jobs.html) and the embed (embed.html).
const examples = createServer(plainHtmlHandler());
examples.listen(3000, "127.0.0.1", () =>
  console.log(
    "[examples] http://localhost:3000/jobs.html (fetch) and http://localhost:3000/embed.html (embed)",
  ),
);

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  examples.close();
  for (const child of children) child.kill("SIGTERM");
  edge.dispose().finally(() => setTimeout(() => process.exit(code), 500).unref());
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
