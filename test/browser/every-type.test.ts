import type { Page } from "playwright-core";
import { describe, expect, inject } from "vitest";
import { EVERY_TYPE_FORM_UUID } from "../../emulator/src/demo";
import { screenshots, seriousViolations } from "./chromium";
import { candidatesWithEmail, freshEmail, PDF } from "./emulator";
import { formPageWalks } from "./form-walks";

const site = inject("siteUrl");
const emulator = inject("browserEmulatorUrl");
const FORM = EVERY_TYPE_FORM_UUID;

/** `SCREENSHOTS=1` also rewrites docs/screenshots (phone and desktop). */
const SHOTS = Boolean(process.env.SCREENSHOTS);

const PROFILE = '{"portfolio":"https://example.com"}';

/** Fills every input of the every-type form; `profile` is the one the edge may refuse. */
async function fillEverything(page: Page, address: string, profile: string): Promise<void> {
  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByLabel("Email address").fill(address);
  await page.getByLabel("Phone number").fill("+31 6 12345678");
  await page.getByLabel("Website").fill("https://ada.example.com");
  await page.getByLabel("Motivation").fill("Every type, once.");
  await page.getByLabel("Profile data").fill(profile);
  await page.getByLabel("Expected salary").fill("4200");
  await page.getByLabel("Date of birth").fill("1990-12-10");
  const range = page.getByRole("group", { name: "Salary range" });
  await range.getByLabel("From").fill("3000");
  await range.getByLabel("To").fill("5000");
  await page.getByLabel("I can work remotely").check();
  await page.getByLabel("How did you find us?").selectOption("referral");
  await page.getByRole("radio", { name: "Part-time" }).check();
  await page.getByRole("radio", { name: "Interview" }).check();
  await page.getByLabel("Skills").selectOption(["typescript", "sql"]);
  await page.getByRole("checkbox", { name: "Backend" }).check();
  await page.getByRole("checkbox", { name: "Frontend" }).check();
  await attachCv(page);
  await page.getByLabel("I agree to the privacy statement").check();
}

async function attachCv(page: Page): Promise<void> {
  await page.getByLabel("CV", { exact: false }).first().setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
}

/** Clicks the submit button and returns the submission's status. */
async function submit(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.url().includes("/submissions")),
    page.getByRole("button", { name: "Send every type" }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

/**
 * The form posted empty, past the browser's own checks (switched off from the
 * test through the DevTools protocol, as a browser without constraint
 * validation would post): every required field of every kind carries its error.
 */
async function emptyRefused(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const form of document.forms) form.noValidate = true;
  });
  // The form's minimum fill-in time.
  await page.waitForTimeout(3_100);
  expect(await submit(page)).toBe(422);
  expect(await page.locator(".caraer-form__summary a").allTextContents()).toEqual([
    "First name: Fill in “First name”.",
    "Last name: Fill in “Last name”.",
    "Email address: Fill in “Email address”.",
    "Preferred employment type: Choose “Preferred employment type”.",
    "CV: Add “CV”.",
    "I agree to the privacy statement: Tick “I agree to the privacy statement”.",
  ]);
  // Three texts, the four radio boxes of the choice, the file and the consent box.
  expect(await page.locator("[aria-invalid=true]").count()).toBe(9);
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await screenshots(page, "form-every-type-required");
}

/**
 * The every-type form on its full page, as a visitor without JavaScript uses
 * it: empty, refused by the edge (a 422 re-render), then accepted. `checks`
 * adds axe-core and screenshots, which evaluate through the DevTools protocol
 * (the page itself runs no script).
 */
async function everyTypeFlow(page: Page, checks: boolean): Promise<void> {
  const shown = await page.goto(`${site}/forms/${FORM}`);
  expect(shown?.status()).toBe(200);
  if (checks) expect(await seriousViolations(page)).toEqual([]);
  if (checks && SHOTS) await screenshots(page, "form-every-type");

  if (checks) await emptyRefused(page);

  const address = freshEmail();
  // Valid for the browser, refused by the edge: a structure must be JSON.
  await fillEverything(page, address, "{not json");
  // The form's minimum fill-in time.
  await page.waitForTimeout(3_100);
  expect(await submit(page)).toBe(422);
  const summary = page.locator(".caraer-form__summary a");
  expect(await summary.allTextContents()).toEqual(["Profile data: Enter valid JSON."]);
  const profile = page.getByLabel("Profile data");
  expect(await profile.getAttribute("aria-invalid")).toBe("true");
  // Values kept, input by input.
  expect(await page.getByLabel("Website").inputValue()).toBe("https://ada.example.com");
  const range = page.getByRole("group", { name: "Salary range" });
  expect(await range.getByLabel("To").inputValue()).toBe("5000");
  expect(await page.getByRole("radio", { name: "Interview" }).isChecked()).toBe(true);
  expect(await page.getByRole("checkbox", { name: "Frontend" }).isChecked()).toBe(true);
  expect(await page.getByLabel("I can work remotely").isChecked()).toBe(true);
  if (checks) expect(await seriousViolations(page)).toEqual([]);
  if (checks && SHOTS) await screenshots(page, "form-every-type-errors");

  await profile.fill(PROFILE);
  await attachCv(page);
  expect(await submit(page)).toBe(303);
  await page.waitForURL(`${site}/v1/forms/${FORM}/thank-you`);
  expect(await page.locator("main").textContent()).toContain("Thank you! Every field arrived.");
  if (checks) expect(await seriousViolations(page)).toEqual([]);

  const [record] = await candidatesWithEmail(emulator, address);
  const { cv, ...values } = record?.values ?? {};
  expect(typeof cv).toBe("string");
  expect(values).toEqual({
    firstname: "Ada",
    lastname: "Lovelace",
    email: address,
    phone: "+31 6 12345678",
    linkedin: "https://ada.example.com",
    motivation: "Every type, once.",
    profile_data: PROFILE,
    expected_salary: 4200,
    date_of_birth: Date.UTC(1990, 11, 10),
    salary_range: "3000;5000",
    available_remote: true,
    source: "referral",
    preferred_employment_type: "part_time",
    application_status: "interview",
    skills: ["typescript", "sql"],
    labels: ["backend", "frontend"],
    // The hidden cell's default.
    status_candidate: "new",
    gdpr_consent: true,
  });
}

describe("the every-type form page", () => {
  formPageWalks(
    "works without JavaScript: 422 with values kept, then a 303 and the record",
    everyTypeFlow,
  );
});
