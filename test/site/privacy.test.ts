import { beforeAll, describe, expect, it } from "vitest";
import {
  CAREERS_ROOT_SLUG,
  INTERNAL_NOTES_MARKER,
  PRIVATE_VACANCY_PROPERTIES,
  RECRUITER_EMAIL_DOMAIN,
} from "../../emulator/src/demo";
import { control, edge, resetAll } from "../helpers";
import { attributes } from "./html";

/** Seeded values of private vacancy properties that are distinctive enough to search for. */
const CANARIES = [INTERNAL_NOTES_MARKER, RECRUITER_EMAIL_DOMAIN, ...PRIVATE_VACANCY_PROPERTIES];

beforeAll(async () => {
  await resetAll();
  // The emulator then leaks every stored value into public webpages; the projection must stop it.
  await control("/settings", {
    method: "PUT",
    body: JSON.stringify({ webpageLeaksPrivate: true }),
  });
});

async function html(path: string): Promise<string> {
  const response = await edge(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe("no private property reaches the site", () => {
  it("in no page or fragment: home, every list page and filter, every vacancy, CMS pages", async () => {
    const pages = [
      "/",
      "/jobs/vacancies",
      "/jobs/vacancies?page=2",
      "/jobs/vacancies?q=engineer&sort=-hours",
      "/jobs/vacancies?filter[remote]=true&filter[hours][smaller_than_or_equal_to]=36",
      "/fragments/jobs/vacancies",
      "/fragments/jobs/vacancies?page=2",
      `/pages/${CAREERS_ROOT_SLUG}/home`,
    ];
    const bodies = await Promise.all(pages.map(html));
    const vacancyPaths = [
      ...new Set(
        (
          await Promise.all(bodies.map((body) => attributes(body, ".caraer-job h3 a", "href")))
        ).flat(),
      ),
    ];
    expect(vacancyPaths.length).toBe(18);
    for (const path of vacancyPaths) {
      bodies.push(await html(path));
      bodies.push(await html(`/fragments${path}`));
      bodies.push(await html(`/pages/${CAREERS_ROOT_SLUG}/${path.split("/").pop()}`));
    }
    for (const body of bodies) {
      for (const canary of CANARIES) expect(body).not.toContain(canary);
    }
  }, 60_000);
});
