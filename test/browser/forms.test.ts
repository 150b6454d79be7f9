import { createServer, type Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { APPLICATION_FORM_UUID, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { plainHtmlHandler } from "../../scripts/examples-server.mjs";
import { launchChromium, screenshots, seriousViolations } from "./chromium";
import { candidatesWithEmail, emulatorControl, freshEmail, PDF } from "./emulator";
import { formPageWalks } from "./form-walks";
import { EMBED_HOST_ORIGIN } from "./setup";

const site = inject("siteUrl");
const emulator = inject("browserEmulatorUrl");
const FORM = APPLICATION_FORM_UUID;
const VACANCY = OPEN_VACANCY_UUID;
/** The example host site, on a second origin the suite allows (test/browser/setup.ts). */
const HOST = EMBED_HOST_ORIGIN;

const candidates = (address: string) => candidatesWithEmail(emulator, address);
const control = (path: string, body: unknown, method = "POST") =>
  emulatorControl(emulator, path, body, method);
const email = freshEmail;

/** `SCREENSHOTS=1` also rewrites docs/screenshots (phone and desktop). */
const SHOTS = Boolean(process.env.SCREENSHOTS);

/** Fills the application form's fields that do not depend on the step machinery. */
async function fillPersonal(page: Page, address: string): Promise<void> {
  await page.getByLabel("First name").fill("Jane");
  await page.getByLabel("Last name").fill("Doe");
  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("Phone number").fill("+31 6 12345678");
  await page.getByLabel("Date of birth").fill("1990-04-24");
}

async function fillApplication(page: Page, profile: string): Promise<void> {
  await page.getByLabel("Why this job?").fill("I build accessible forms.");
  await page.getByLabel("CV", { exact: false }).first().setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page.getByLabel("LinkedIn profile").fill("https://www.linkedin.com/in/jane");
  await page.getByLabel("Expected salary").fill("4200");
  await page.getByLabel("Available from").fill("2027-01-01");
  await page.getByRole("radio", { name: "Part-time" }).check();
  await page.getByLabel("Skills").selectOption(["typescript", "react"]);
  await page.getByLabel("I would like to work remotely").check();
  await page.getByLabel("Profile data").fill(profile);
  await page.getByLabel("I agree to the privacy statement").check();
}

/**
 * The full form page as a visitor without JavaScript uses it: a post the edge
 * refuses comes back as the same form (values kept, errors linked), the fixed
 * one succeeds with a 303. `checks` adds axe-core and screenshots, which need
 * the DevTools protocol's script evaluation (the page itself runs no script).
 */
async function plainFlow(page: Page, checks: boolean): Promise<void> {
  const shown = await page.goto(`${site}/forms/${FORM}?vacancy=${VACANCY}`);
  expect(shown?.status()).toBe(200);
  if (checks) expect(await seriousViolations(page)).toEqual([]);
  if (checks && SHOTS) await screenshots(page, "form-empty");
  const address = email();
  await fillPersonal(page, address);
  // Valid for the browser, refused by the edge: a structure must be JSON.
  await fillApplication(page, "{not json");
  await page.waitForTimeout(3_100);
  const [refused] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/submissions")),
    page.getByRole("button", { name: "Send application" }).click(),
  ]);
  expect(refused.status()).toBe(422);
  await page.waitForLoadState();
  const summary = page.locator(".caraer-form__summary");
  expect(await summary.locator("a").allTextContents()).toEqual(["Profile data: Enter valid JSON."]);
  expect(await summary.locator("a").getAttribute("href")).toBe("#caraer-5f0c9e2a-profile_data");
  const profile = page.getByLabel("Profile data");
  expect(await profile.inputValue()).toBe("{not json");
  expect(await profile.getAttribute("aria-invalid")).toBe("true");
  expect(await page.getByLabel("Email address").inputValue()).toBe(address);
  expect(await page.getByRole("radio", { name: "Part-time" }).isChecked()).toBe(true);
  expect(await page.getByLabel("I agree to the privacy statement").isChecked()).toBe(true);
  expect(await page.locator(".caraer-field__again").count()).toBe(1);
  if (checks) expect(await seriousViolations(page)).toEqual([]);
  if (checks && SHOTS) await screenshots(page, "form-errors");

  await profile.fill('{"portfolio":"https://example.com"}');
  await page.getByLabel("CV", { exact: false }).first().setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  const [accepted] = await Promise.all([
    page.waitForResponse((response) => response.url().includes("/submissions")),
    page.getByRole("button", { name: "Send application" }).click(),
  ]);
  expect(accepted.status()).toBe(303);
  await page.waitForURL(`${site}/v1/forms/${FORM}/thank-you`);
  expect(await page.locator("h1").textContent()).toBe("Apply for this job");
  if (checks) expect(await seriousViolations(page)).toEqual([]);
  if (checks && SHOTS) await screenshots(page, "form-success");
  const [record] = await candidates(address);
  expect(record?.values.profile_data).toBe('{"portfolio":"https://example.com"}');
  expect(record?.relations.map((edge) => edge.recordUuid)).toEqual([VACANCY]);
}

describe("the form page", () => {
  formPageWalks(
    "works without JavaScript: 422 with values kept and errors linked, then a 303",
    plainFlow,
  );
});

describe("the embed on another origin", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let server: Server;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    // `npm start`'s server of examples/plain-html on loopback: the browser's local-network rules apply as on a developer's machine.
    server = createServer(plainHtmlHandler(site));
    await new Promise<void>((resolve) =>
      server.listen(Number(new URL(HOST).port), "127.0.0.1", resolve),
    );
  });
  afterAll(async () => {
    await close();
    server.close();
  });
  beforeEach(() => control("/faults", null, "DELETE"));

  async function openHost(prepare?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await context.newPage();
    await prepare?.(page);
    await page.goto(`${HOST}/embed.html`);
    await page.locator("caraer-form form.caraer-form").waitFor();
    await page.locator("caraer-jobs .caraer-job").first().waitFor();
    await page.evaluate(() => {
      const events: unknown[] = [];
      (window as unknown as { events: unknown[] }).events = events;
      for (const type of ["caraer:submitted", "caraer:error"]) {
        document.addEventListener(type, (event) =>
          events.push({ type, detail: (event as CustomEvent).detail }),
        );
      }
    });
    return page;
  }

  const events = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { events: { type: string; detail: Record<string, unknown> }[] })
          .events,
    );

  async function fillAll(page: Page, address: string): Promise<void> {
    await fillPersonal(page, address);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await fillApplication(page, '{"a":1}');
    await page.waitForTimeout(3_100);
  }

  it("fills every field with a PDF upload, submits once on a double click, and links the record", {
    timeout: 150_000,
  }, async () => {
    const page = await openHost();
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await screenshots(page, "embed-empty");
    const address = email();
    await fillAll(page, address);
    await page.getByRole("button", { name: "Send application" }).dblclick();
    await page.getByText("Thank you for applying!").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) await screenshots(page, "embed-success");
    const records = await candidates(address);
    expect(records).toHaveLength(1);
    expect(records[0]?.values.skills).toEqual(["typescript", "react"]);
    expect(String(records[0]?.values.cv)).toMatch(/\.pdf$/);
    expect(records[0]?.relations.map((edge) => edge.recordUuid)).toEqual([VACANCY]);
    expect((await events(page)).map((event) => [event.type, event.detail.status])).toEqual([
      ["caraer:submitted", "delivered"],
    ]);
  });

  it("keeps a required field's browser check, explains a disguised executable, and shows a queued answer", {
    timeout: 150_000,
  }, async () => {
    const page = await openHost();
    await page.getByRole("button", { name: "Next" }).click();
    // The first step's required fields stop the way forward, before any request.
    expect(
      await page
        .getByLabel("First name")
        .evaluate((input) => (input as HTMLInputElement).validity.valueMissing),
    ).toBe(true);
    await fillAll(page, email());
    await page
      .getByLabel("CV", { exact: false })
      .first()
      .setInputFiles({
        name: "cv.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("MZ\u0090\u0000binary"),
      });
    await page.getByRole("button", { name: "Send application" }).click();
    const error = page.locator(".caraer-field__error");
    await error.waitFor();
    // The kinds as the field's hint names them, not the input's long `accept` list of MIME types.
    expect(await error.textContent()).toBe(
      "cv.pdf is not an accepted file type (PDF, DOC, DOCX, ODT, TXT).",
    );
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone the messages wrap: nothing widens the host page beyond the screen.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    if (SHOTS) await screenshots(page, "embed-errors");

    await page.getByLabel("CV", { exact: false }).first().setInputFiles({
      name: "cv.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await control("/faults", {
      method: "POST",
      path: "/api/v2/forms/public/*/*/submit",
      status: 503,
      times: 100,
    });
    await page.getByRole("button", { name: "Send application" }).click();
    await expect.poll(() => events(page), { timeout: 30_000 }).toHaveLength(2);
    expect((await events(page)).map((event) => [event.type, event.detail.status])).toEqual([
      ["caraer:error", 415],
      ["caraer:submitted", "queued"],
    ]);
    expect(await page.locator(".caraer-form__status").last().textContent()).toContain(
      "We received your form.",
    );
  });

  it("honours a 429 from the strict limiter: says how long to wait and keeps sending off until then", {
    timeout: 150_000,
  }, async () => {
    // A client address of its own (what Cloudflare's CF-Connecting-IP gives the edge), so
    // spending its submission budget leaves the other tests' budget alone.
    const client = "198.51.100.29";
    const post = () =>
      fetch(`${site}/v1/forms/${FORM}/submissions`, {
        method: "POST",
        headers: { Origin: HOST, "CF-Connecting-IP": client, "Content-Type": "application/json" },
        body: "{}",
      });
    let spent = 0;
    while ((await post()).status !== 429) expect(++spent).toBeLessThan(100);
    const page = await openHost(async (page) => {
      // Fake timers, so the wait of Retry-After can be run through rather than sat out.
      await page.clock.install();
      await page.route(`${site}/v1/forms/**`, (route) =>
        route.continue({ headers: { ...route.request().headers(), "CF-Connecting-IP": client } }),
      );
    });
    await fillAll(page, email());
    const send = page.getByRole("button", { name: "Send application" });
    const [refused] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.url().endsWith("/submissions") && response.request().method() === "POST",
      ),
      send.click(),
    ]);
    expect(refused.status()).toBe(429);
    // The page's time stands still from here (a second ahead), and moves only when the test says so.
    // The embed started its wait at most a second before: the checks below allow 2 s either side.
    await page.clock.pauseAt(Date.now() + 1000);
    const seconds = Number(refused.headers()["retry-after"]);
    expect(seconds).toBeGreaterThan(3);
    const status = page.locator("caraer-form .caraer-form__status");
    await expect
      .poll(() => status.textContent())
      .toBe(`Too many attempts. Please wait ${seconds} seconds and send the form again.`);
    expect(await status.isVisible()).toBe(true);
    expect(await send.isDisabled()).toBe(true);
    expect((await events(page)).map((event) => [event.type, event.detail.status])).toEqual([
      ["caraer:error", 429],
    ]);
    expect(await page.locator("caraer-form .caraer-form__status--error").count()).toBe(1);
    // Sending stays off for Retry-After, then the form may be sent again.
    await page.clock.runFor(seconds * 1000 - 3000);
    expect(await send.isDisabled()).toBe(true);
    await page.clock.runFor(4000);
    expect(await send.isDisabled()).toBe(false);
    expect(await status.isVisible()).toBe(false);
    await page.clock.resume();
  });

  it("explains a file over the limit, then retries a lost send once with the same key and makes one application", {
    timeout: 150_000,
  }, async () => {
    const keys: string[] = [];
    const page = await openHost(async (page) => {
      await page.route(`${site}/v1/forms/*/submissions`, async (route) => {
        keys.push(route.request().headers()["idempotency-key"] ?? "");
        // The first send is lost on the way (the network fails, not the edge); later ones go through.
        if (keys.length === 1) await route.abort("connectionreset");
        else await route.continue();
      });
    });
    const address = email();
    await fillAll(page, address);
    // Over the form's 10 MB per file: the edge's 413 at the upload, explained next to the field.
    const cv = page.getByLabel("CV", { exact: false }).first();
    await cv.setInputFiles({
      name: "big.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    });
    const send = page.getByRole("button", { name: "Send application" });
    await send.click();
    const error = page.locator(".caraer-field__error");
    await error.waitFor();
    expect(await error.textContent()).toBe("big.pdf is too large: at most 10 MB.");
    expect(keys).toEqual([]);

    await cv.setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await send.click();
    await page.getByText("Thank you for applying!").waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[\w-]{16,}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await candidates(address)).toHaveLength(1);
    expect((await events(page)).map((event) => [event.type, event.detail.status])).toEqual([
      ["caraer:error", 413],
      ["caraer:submitted", "delivered"],
    ]);
  });

  it("says the service is unavailable on a 503, and the form can be sent again", {
    timeout: 150_000,
  }, async () => {
    // The edge answers a submission 503 only when Caraer and its own queue both fail, which no
    // local fault reaches; the answer is stood in for here, in the edge's envelope.
    const page = await openHost(async (page) => {
      await page.route(`${site}/v1/forms/*/submissions`, (route) =>
        route.fulfill({
          status: 503,
          headers: { "Access-Control-Allow-Origin": HOST, "Retry-After": "30" },
          contentType: "application/json",
          body: JSON.stringify({
            error: { code: "UPSTREAM_UNAVAILABLE", message: "Try again later.", requestId: "r" },
          }),
        }),
      );
    });
    await fillAll(page, email());
    const send = page.getByRole("button", { name: "Send application" });
    await send.click();
    const status = page.locator("caraer-form .caraer-form__status");
    await expect
      .poll(() => status.textContent())
      .toBe("The service is temporarily unavailable. Please try again in a minute.");
    expect(await send.isDisabled()).toBe(false);
    expect((await events(page)).map((event) => [event.type, event.detail.code])).toEqual([
      ["caraer:error", "UPSTREAM_UNAVAILABLE"],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("runs the list's search and paging in place, keeps them in the host's URL, and keeps the last list when the edge is gone", {
    timeout: 150_000,
  }, async () => {
    const page = await openHost();
    const jobs = page.locator("caraer-jobs");
    const count = () => jobs.locator("#results-count").textContent();
    const titles = () => jobs.locator(".caraer-job h3").allTextContents();
    expect(await count()).toBe("18 positions");
    const firstPage = await titles();
    const engineers = (await (await fetch(`${site}/v1/lists/vacancies?q=engineer`)).json()) as {
      meta: { total: number };
    };

    await jobs.getByLabel("Search positions", { exact: true }).fill("engineer");
    await jobs.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(`${HOST}/embed.html?q=engineer`);
    await expect.poll(count).toBe(`${engineers.meta.total} positions`);

    await page.goBack();
    await page.waitForURL(`${HOST}/embed.html`);
    await expect.poll(count).toBe("18 positions");

    await jobs.getByRole("link", { name: "Page 2 of 2" }).click();
    await page.waitForURL(`${HOST}/embed.html?page=2`);
    await expect
      .poll(() => jobs.locator('.caraer-pages a[aria-current="page"]').textContent())
      .toBe("2");
    const secondPage = await titles();
    expect(secondPage).toHaveLength(8);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

    // The edge is gone: the list says so and keeps what it showed.
    await page.route(`${site}/fragments/**`, (route) => route.abort());
    await jobs.getByRole("link", { name: "Page 1 of 2" }).click();
    await expect
      .poll(() => jobs.locator(".caraer-jobs__offline").textContent())
      .toBe("The positions could not be loaded.");
    expect(await titles()).toEqual(secondPage);
    expect((await events(page)).map((event) => [event.type, event.detail.stage])).toEqual([
      ["caraer:error", "jobs"],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("degrades to the host's plain links when /embed.js fails to load", {
    timeout: 60_000,
  }, async () => {
    const page = await context.newPage();
    try {
      await page.route("**/embed.js", (route) => route.abort());
      const [script] = await Promise.all([
        page.waitForEvent("requestfailed", (request) => request.url().endsWith("/embed.js")),
        page.goto(`${HOST}/embed.html`),
      ]);
      expect(script.url()).toBe(`${site}/embed.js`);
      await page.waitForLoadState("load");
      // Nothing enhanced: each element still holds only the host's link.
      expect(await page.locator("caraer-form form, caraer-jobs .caraer-job").count()).toBe(0);
      const apply = page.locator("caraer-form").getByRole("link");
      expect(await apply.isVisible()).toBe(true);
      expect(await apply.getAttribute("href")).toBe(`${site}/forms/${FORM}?vacancy=${VACANCY}`);
      const jobs = page.locator("caraer-jobs").getByRole("link");
      expect(await jobs.isVisible()).toBe(true);
      expect(await jobs.getAttribute("href")).toBe(`${site}/jobs/vacancies`);
      expect(await seriousViolations(page)).toEqual([]);

      // The link leads to the full form page, which works without the script.
      const [shown] = await Promise.all([
        page.waitForResponse((answer) => answer.url().startsWith(`${site}/forms/`)),
        apply.click(),
      ]);
      expect(shown.status()).toBe(200);
      await page.waitForURL(`${site}/forms/${FORM}?vacancy=${VACANCY}`);
      expect(await page.locator("h1").textContent()).toBe("Apply for this job");
      expect(await page.getByRole("button", { name: "Send application" }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
