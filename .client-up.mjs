import { unstable_startWorker } from "wrangler";
const dev = { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, logLevel: "warn" };
const emu = await unstable_startWorker({ config: "emulator/wrangler.toml", dev });
const emuOrigin = (await emu.url).origin;
const edge = await unstable_startWorker({ config: "wrangler.toml", envFiles: [], bindings: {
  CARAER_API_BASE: { type: "plain_text", value: emuOrigin },
  CARAER_API_TOKEN: { type: "secret_text", value: "caraer-dev-token-9b1f4c7e2d8a" },
  ALLOWED_ORIGINS: { type: "plain_text", value: "http://localhost:8787,http://localhost:3000,http://localhost:3918" } }, dev });
console.log("EMU", emuOrigin, "EDGE", (await edge.url).origin);
setInterval(() => {}, 1e6);
