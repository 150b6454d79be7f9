import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, installed by `.ci/run` (never downloaded by the tests). */
export const CHROMIUM = "/usr/bin/chromium";

/** A headless Chromium with a fresh profile, and how to close it and delete the profile. */
export async function launchChromium(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "caraer-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One accessibility problem axe found. */
export interface AxeProblem {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the
 * page's CSP, which forbids inline scripts, is neither weakened nor bypassed by markup)
 * and returns the serious and critical violations.
 */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.html),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Where the README's screenshots live. */
export const SCREENSHOTS_DIR = "docs/screenshots";

/**
 * Full-page PNGs of the page as it is, at phone (390 px) and desktop (1280 px)
 * widths: `<dir>/<name>-phone.png` and `<dir>/<name>-desktop.png`. Leaves the
 * page at desktop width.
 */
export async function screenshots(page: Page, name: string, dir = SCREENSHOTS_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [width, device] of [
    [390, "phone"],
    [1280, "desktop"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${device}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
