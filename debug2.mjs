import { unstable_startWorker } from "wrangler";
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
const opts = { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, logLevel: "warn" };
const emulator = await unstable_startWorker({ config: "emulator/wrangler.toml", dev: opts });
const eo = (await emulator.url).origin;
const edge = await unstable_startWorker({ config: "wrangler.toml", envFiles: [], bindings: { CARAER_API_BASE: { type: "plain_text", value: eo }, CARAER_API_TOKEN: { type: "secret_text", value: "caraer-dev-token-9b1f4c7e2d8a" }, ALLOWED_ORIGINS: { type: "plain_text", value: "http://localhost:3917" } }, dev: opts });
const site = (await edge.url).origin;
const host = readFileSync("examples/embed.html", "utf8").replaceAll("http://localhost:8787", site);
const server = createServer((q, r) => { r.writeHead(200, { "Content-Type": q.url === "/host.css" ? "text/css" : "text/html" }); r.end(q.url === "/host.css" ? readFileSync("examples/host.css") : host); });
await new Promise((res) => server.listen(3917, "127.0.0.1", res));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("requestfailed", (r) => console.log("failed:", r.url(), r.failure()?.errorText));
page.on("response", (r) => { if (r.status() >= 300) console.log("resp:", r.status(), r.url()); });
await page.goto("http://localhost:3917/embed.html");
await page.waitForTimeout(5000);
console.log((await page.locator("caraer-form").innerHTML()).slice(0, 500));
console.log((await page.locator("caraer-jobs").innerHTML()).slice(0, 300));
await page.screenshot({ path: "/tmp/embed-debug.png", fullPage: true });
const ctx2 = await browser.newContext({ javaScriptEnabled: false });
const p2 = await ctx2.newPage();
await p2.goto(`${site}/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50?vacancy=30000000-0000-4000-8000-000000000001`);
await p2.getByLabel("First name").fill("Jane");
console.log("filled first");
try { await p2.getByLabel("CV", { exact: false }).first().setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") }, { timeout: 5000 }); console.log("cv ok"); } catch (e) { console.log("cv fail", e.message.slice(0, 300)); }
try { await p2.getByLabel("Skills").selectOption(["typescript"], { timeout: 5000 }); console.log("skills ok"); } catch (e) { console.log("skills fail", e.message.slice(0, 300)); }
try { await p2.getByLabel("Why this job?").fill("x", { timeout: 5000 }); console.log("why ok"); } catch (e) { console.log("why fail", e.message.slice(0, 300)); }
try { await p2.getByLabel("Profile data").fill("x", { timeout: 5000 }); console.log("pd ok"); } catch (e) { console.log("pd fail", e.message.slice(0, 300)); }
await browser.close(); server.close(); await edge.dispose(); await emulator.dispose();
