import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type RequestListener, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { APPLICATION_FORM_UUID, OPEN_VACANCY_UUID, VACANCY_COUNTS } from "../../emulator/src/demo";
import { includeHandler } from "../../examples/server-include/server.mjs";
import { plainHtmlHandler } from "../../scripts/examples-server.mjs";
import { launchChromium } from "./chromium";
import { candidatesWithEmail, emulatorControl, freshEmail, PDF } from "./emulator";
import { EXAMPLE_ORIGINS } from "./setup";

const site = inject("siteUrl");
const emulator = inject("browserEmulatorUrl");
const VACANCY_TITLE = "Senior Frontend Developer";
/** Vacancies of the demo list in Amsterdam (the JSON API says so too, see the first test). */
const IN_AMSTERDAM = 5;

let context: BrowserContext;
let close: () => Promise<void>;
const servers: Server[] = [];

/** Serves `handler` on the port of `origin` (an origin the suite's edge allows). */
async function serve(origin: string, handler: RequestListener): Promise<void> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) =>
    server.listen(Number(new URL(origin).port), "127.0.0.1", resolve),
  );
}

beforeAll(async () => {
  ({ context, close } = await launchChromium());
});
afterAll(async () => {
  await close();
  for (const server of servers) server.close();
});
// Another file's fault (a refused submit) must not turn these applications into queued ones.
beforeEach(() => emulatorControl(emulator, "/faults", null, "DELETE"));

/** Fills the application form's required fields (labels come from Caraer) and attaches a CV. */
async function fillApplication(page: Page, address: string): Promise<void> {
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Last name").fill("Doe");
  await page.getByLabel("Email address").fill(address);
  await page
    .getByLabel("CV", { exact: false })
    .first()
    .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("I agree to the privacy statement").check();
}

/** The application arrived in Caraer: one candidate, linked to the vacancy, with the CV. */
async function expectApplication(address: string): Promise<void> {
  const records = await candidatesWithEmail(emulator, address);
  expect(records).toHaveLength(1);
  expect(records[0]?.values.firstname).toBe("Jane");
  expect(String(records[0]?.values.cv)).toMatch(/\.pdf$/);
  expect(records[0]?.relations.map((edge) => edge.recordUuid)).toEqual([OPEN_VACANCY_UUID]);
}

/** List → filter → vacancy → apply, the same walk for both script examples. */
async function walk(page: Page, start: string): Promise<void> {
  await page.goto(start);
  await expect
    .poll(() => page.getByRole("status").first().textContent())
    .toBe(`${VACANCY_COUNTS.openActive} open positions`);
  expect(await page.locator(".job").count()).toBe(10);

  await page.getByLabel("Location").selectOption("Amsterdam");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/location=Amsterdam/);
  await expect
    .poll(() => page.getByRole("status").first().textContent())
    .toBe(`${IN_AMSTERDAM} open positions`);

  await page.getByRole("link", { name: VACANCY_TITLE }).click();
  await expect.poll(() => page.locator("h1").textContent()).toBe(VACANCY_TITLE);
  const address = freshEmail();
  await fillApplication(page, address);
  const [submission] = await Promise.all([
    page.waitForRequest((request) => request.url().endsWith("/submissions")),
    page.getByRole("button", { name: "Send application" }).click(),
  ]);
  // One key per filled-in form, sent with the post so a repeat is the same application.
  expect(await submission.headerValue("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
  await page.getByText("Thank you for applying! We will be in touch.").waitFor();
  await expectApplication(address);
}

describe("examples", () => {
  it("the filter the examples use answers as they expect", async () => {
    const response = await fetch(`${site}/v1/lists/vacancies?filter[location]=Amsterdam`);
    expect(((await response.json()) as { meta: { total: number } }).meta.total).toBe(IN_AMSTERDAM);
  });

  it("plain-html: lists, filters, opens a vacancy and applies with an upload, with fetch alone", async () => {
    await serve(EXAMPLE_ORIGINS.plainHtml, plainHtmlHandler(site));
    await walk(await context.newPage(), `${EXAMPLE_ORIGINS.plainHtml}/jobs.html`);
  });

  // The app imports the built client (client/dist), which `npm run check` builds before the suite.
  it("react-job-board: builds with Vite, then does the same on the typed client", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "caraer-react-"));
    try {
      await build({
        root: "examples/react-job-board",
        logLevel: "warn",
        build: { outDir, emptyOutDir: true },
        define: { "import.meta.env.VITE_CARAER_EDGE": JSON.stringify(site) },
      });
      await serve(EXAMPLE_ORIGINS.react, async (request, response) => {
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const file = path.startsWith("/assets/") ? path : "/index.html";
        const types: Record<string, string> = { ".js": "text/javascript", ".css": "text/css" };
        try {
          const body = await readFile(join(outDir, file.replaceAll("..", "")));
          response
            .writeHead(200, { "Content-Type": types[extname(file)] ?? "text/html" })
            .end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await walk(await context.newPage(), `${EXAMPLE_ORIGINS.react}/`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("server-include: serves the list and vacancy fragments in its own layout, and the form posts to the edge", async () => {
    await serve(EXAMPLE_ORIGINS.serverInclude, includeHandler(site));
    const page = await context.newPage();
    const list = await page.goto(`${EXAMPLE_ORIGINS.serverInclude}/jobs/vacancies?q=frontend`);
    expect(list?.status()).toBe(200);
    expect(await page.locator("header").textContent()).toContain("Demo Inc. — careers");

    await page.getByRole("link", { name: VACANCY_TITLE }).click();
    await page.waitForURL(
      `${EXAMPLE_ORIGINS.serverInclude}/jobs/vacancies/senior-frontend-developer-amsterdam`,
    );
    expect(await page.locator("h1").first().textContent()).toBe(VACANCY_TITLE);
    const address = freshEmail();
    await fillApplication(page, address);
    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL(`${site}/v1/forms/${APPLICATION_FORM_UUID}/thank-you`);
    await expectApplication(address);
  });
});
