import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium";

const site = inject("siteUrl");

/**
 * `GET /docs`, the interactive API reference, as a developer opens it after
 * `npm start`: everything from the edge's own origin (no CDN, no fonts or
 * telemetry elsewhere), under its CSP, with nothing blocked.
 */
describe("GET /docs in Chromium", () => {
  let page: Page;
  let close: (() => Promise<void>) | undefined;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedResponses: string[] = [];

  beforeAll(async () => {
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${site}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreignRequests.push(url);
      }
    });
  });
  afterAll(async () => close?.());

  it("is served with a CSP that allows no inline or foreign script", async () => {
    const response = await page.goto(`${site}/docs`);
    expect(response?.status()).toBe(200);
    const csp = (await response?.headerValue("content-security-policy")) ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    const scripts = await page.locator("script").evaluateAll((nodes) =>
      nodes.map((node) => ({
        src: (node as HTMLScriptElement).getAttribute("src"),
        inline: node.textContent?.trim() ?? "",
      })),
    );
    expect(scripts.map((script) => script.inline)).toEqual(scripts.map(() => ""));
    for (const script of scripts)
      expect(script.src).toMatch(/^\/assets\/[a-z-]+\.[0-9a-f]{12}\.js$/);
  });

  it("shows the list route with its demo-data example, offline and unblocked", async () => {
    await page.goto(`${site}/docs`);
    const operation = page.getByRole("heading", { name: "A page of a public list" });
    await operation.first().waitFor({ timeout: 30_000 });
    await operation.first().scrollIntoViewIfNeeded();
    // The 200 example of `GET /v1/lists/vacancies?limit=2`: the newest open demo vacancy.
    await page.getByText('"Support Engineer"').first().waitFor({ timeout: 15_000 });
    await expect(page.getByText("/v1/lists/{list}").count()).resolves.toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
