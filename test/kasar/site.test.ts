import { beforeEach, describe, expect, it } from "vitest";
import { KASAR_INTERNAL_MARKER } from "../../emulator/kasar/src/demo";
import { edge } from "../helpers";
import { resetKasar } from "./helpers";

beforeEach(resetKasar);

/** The vacancy titles a page of the careers site links to, in order. */
function titles(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="\/jobs\/vacancies\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map(
    (match) => match[1] ?? "",
  );
}

describe("careers site on Kasar", () => {
  it("renders the list page through the same cores: page 1, then page 2 by its pager link", async () => {
    const first = await edge("/jobs/vacancies");
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(titles(html)).toEqual(["Platform Engineer", "Office Manager", "Engineering Manager"]);
    expect(html).toContain('href="/jobs/vacancies?page=2"');
    expect(html).not.toContain(KASAR_INTERNAL_MARKER);

    const second = await edge("/jobs/vacancies?page=2");
    expect(second.status).toBe(200);
    expect(titles(await second.text())).toEqual([
      "Data Analyst",
      "Account Executive",
      "Product Designer",
    ]);
  });

  it("renders a vacancy page by slug, and 404s a closed one", async () => {
    const open = await edge("/jobs/vacancies/platform-engineer-remote");
    expect(open.status).toBe(200);
    const html = await open.text();
    expect(html).toContain("<h1");
    expect(html).toContain("Platform Engineer");
    expect(html).not.toContain(KASAR_INTERNAL_MARKER);
    expect((await edge("/jobs/vacancies/junior-frontend-developer-amsterdam")).status).toBe(404);
  });
});
