import type { Page } from "playwright-core";
import { it } from "vitest";
import { launchChromium } from "./chromium";

/** A walk through a full form page; `checks` adds axe-core and screenshots. */
export type FormWalk = (page: Page, checks: boolean) => Promise<void>;

async function inChromium(javaScriptEnabled: boolean, walk: (page: Page) => Promise<void>) {
  const { context, close } = await launchChromium({ javaScriptEnabled });
  try {
    await walk(await context.newPage());
  } finally {
    await close();
  }
}

/**
 * The two tests of a full form page: the walk as a visitor without JavaScript
 * takes it, and the same walk checked by axe-core, which needs the DevTools
 * protocol's script evaluation (the page itself runs no script either way).
 */
export function formPageWalks(withoutJavaScript: string, walk: FormWalk): void {
  it(withoutJavaScript, { timeout: 150_000 }, () => inChromium(false, (page) => walk(page, false)));
  it(
    "has no serious accessibility violations when empty, refused and done",
    {
      timeout: 150_000,
    },
    () => inChromium(true, (page) => walk(page, true)),
  );
}
