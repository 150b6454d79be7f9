import { createServer, type Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { APPLICATION_FORM_UUID, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { plainHtmlHandler } from "../../scripts/examples-server.mjs";
import { launchChromium, screenshots, seriousViolations } from "./chromium";
import { candidatesWithEmail, emulatorControl, freshEmail, PDF } from "./emulator";
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
  if (checks) await screenshots(page, "form-empty");
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
  if (checks) await screenshots(page, "form-errors");

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
  const [record] = await candidates(address);
  expect(record?.values.profile_data).toBe('{"portfolio":"https://example.com"}');
  expect(record?.relations.map((edge) => edge.recordUuid)).toEqual([VACANCY]);
}

describe("the form page", () => {
  it("works without JavaScript: 422 with values kept and errors linked, then a 303", {
    timeout: 150_000,
  }, async () => {
    const { context, close } = await launchChromium({ javaScriptEnabled: false });
    try {
      await plainFlow(await context.newPage(), false);
    } finally {
      await close();
    }
  });

  it("has no serious accessibility violations when empty, refused and done", {
    timeout: 150_000,
  }, async () => {
    const { context, close } = await launchChromium();
    try {
      await plainFlow(await context.newPage(), true);
    } finally {
      await close();
    }
  });
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

  async function openHost(): Promise<Page> {
    const page = await context.newPage();
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
    await screenshots(page, "embed-empty");
    const address = email();
    await fillAll(page, address);
    await page.getByRole("button", { name: "Send application" }).dblclick();
    await page.getByText("Thank you for applying!").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, "embed-success");
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
    expect(await error.textContent()).toContain("is not an accepted file type");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, "embed-errors");

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
});
