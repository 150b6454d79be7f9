import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { OPEN_VACANCY_SLUG } from "../../emulator/src/demo";
import { launchChromium, screenshots, seriousViolations } from "./chromium";

const site = inject("siteUrl");

/** `SCREENSHOTS=1` also writes the README's screenshots (phone and desktop). */
const SHOTS = Boolean(process.env.SCREENSHOTS);

/** The total of the JSON API for the same query: the page must agree with it. */
async function apiTotal(query: string): Promise<number> {
  const response = await fetch(`${site}/v1/lists/vacancies${query}`);
  return ((await response.json()) as { meta: { total: number } }).meta.total;
}

async function count(page: Page): Promise<string> {
  return (await page.locator("#results-count").textContent()) ?? "";
}

/**
 * Home → list → search → filter → vacancy → back, as a visitor does it with
 * the keyboard and mouse. Everything is plain links and GET forms, so the same
 * walk must work with JavaScript switched off.
 */
async function walk(page: Page): Promise<void> {
  const home = await page.goto(`${site}/`);
  expect(home?.status()).toBe(200);
  await expect(page.locator("h1").textContent()).resolves.toBe("Careers at Demo");

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Open positions" })
    .click();
  await page.waitForURL(`${site}/jobs/vacancies`);
  expect(await count(page)).toBe("18 positions");

  await page.getByLabel("Search positions", { exact: true }).fill("engineer");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/q=engineer/);
  expect(await count(page)).toBe(`${await apiTotal("?q=engineer")} positions`);

  await page.locator("summary", { hasText: "Department" }).click();
  await page.getByRole("checkbox", { name: "Engineering" }).check();
  await page.getByRole("checkbox", { name: "Remote possible" }).check();
  await page.getByRole("button", { name: "Show results" }).click();
  await page.waitForURL(/filter%5Bdepartment%5D=engineering/);
  const url = page.url();
  const query = new URL(url).search;
  const total = await apiTotal(query);
  // The demo data has one remote engineering vacancy matching "engineer": DevOps Engineer.
  expect(total).toBe(1);
  expect(await count(page)).toBe("1 position");
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, follow");
  if (SHOTS) await screenshots(page, "list");

  const first = page.locator(".caraer-job h3 a").first();
  const title = await first.textContent();
  expect(title).toBe("DevOps Engineer");
  await first.click();
  await page.waitForURL(/\/jobs\/vacancies\/[a-z0-9-]+$/);
  expect(await page.locator("h1").textContent()).toBe(title);
  expect(await page.locator(".caraer-props dt").first().textContent()).toBe("Location");

  await page.goBack();
  await page.waitForURL(url);
  expect(await count(page)).toBe("1 position");
  expect(await page.getByRole("checkbox", { name: "Engineering" }).isChecked()).toBe(true);
  expect(await page.getByLabel("Search positions", { exact: true }).inputValue()).toBe("engineer");
}

describe("the careers site in Chromium", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  });
  afterAll(async () => close?.());

  it("walks home → list → search and filter → vacancy → back, with no CSP violation", async () => {
    await walk(page);
    expect(consoleErrors).toEqual([]);
  });

  it("has no serious or critical accessibility violations on home, filtered list, vacancy, CMS page and 404", async () => {
    const pages: [string, number][] = [
      ["/", 200],
      ["/jobs/vacancies?filter[department]=engineering&q=engineer", 200],
      [`/jobs/vacancies/${OPEN_VACANCY_SLUG}`, 200],
      ["/pages/careers/home", 200],
      ["/jobs/vacancies/no-such-vacancy", 404],
    ];
    for (const [path, status] of pages) {
      const response = await page.goto(`${site}${path}`);
      expect(response?.status(), path).toBe(status);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });

  it("starts keyboard navigation at the skip link, which moves focus to the content", async () => {
    await page.goto(`${site}/jobs/vacancies`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The next stop is the page's first control: the search box.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
  });

  it("renders a CMS page and real 404 pages", async () => {
    const cms = await page.goto(`${site}/pages/careers/home`);
    expect(cms?.status()).toBe(200);
    expect(await page.title()).toBe("Careers at Demo");
    expect(await page.locator("main h2").allTextContents()).toEqual([
      "Work at Demo",
      "Open positions",
      "Apply now",
    ]);
    for (const path of ["/jobs/vacancies/no-such-vacancy", "/jobs/unknown-list", "/no/such/page"]) {
      const response = await page.goto(`${site}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Page not found");
    }
  });

  it("keeps the vacancy page's cards apart and the page within the screen, on a phone and a desktop", async () => {
    await page.goto(`${site}/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const [description, application] = await Promise.all(
        [".caraer-vacancy__description", ".caraer-vacancy__form"].map(
          async (selector) => (await page.locator(selector).boundingBox()) ?? { y: 0, height: 0 },
        ),
      );
      // The layout's gap: the cards once touched on a desktop. On a phone the details come between.
      const gap = application.y - (description.y + description.height);
      if (width === 1280) expect(gap).toBe(24);
      else expect(gap).toBeGreaterThan(100);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("takes the README screenshots when asked", async () => {
    if (!SHOTS) return;
    await page.goto(`${site}/`);
    await screenshots(page, "home");
    await page.goto(`${site}/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    await screenshots(page, "vacancy");
    await page.goto(`${site}/pages/careers/home`);
    await screenshots(page, "cms");
    await page.goto(`${site}/jobs/vacancies?q=astronaut`);
    await screenshots(page, "list-empty");
    await page.goto(`${site}/jobs/vacancies/no-such-vacancy`);
    await screenshots(page, "not-found");
  });
});

describe("the careers site in Chromium without JavaScript", () => {
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    const launched = await launchChromium({ javaScriptEnabled: false });
    close = launched.close;
    page = await launched.context.newPage();
  });
  afterAll(async () => close?.());

  it("walks the same way: every step is a link or a GET form", async () => {
    await walk(page);
  });
});
