import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import {
  INTERNAL_NOTES_MARKER,
  PRIVATE_VACANCY_PROPERTIES,
  RECRUITER_EMAIL_DOMAIN,
} from "../../emulator/src/demo";
import { edgeWith, resetAll } from "../helpers";
import { openVacancies } from "./support";

// The emulator's private canaries, through every SEO output and vacancy page
// of the demo site, with a mapping that names every private vacancy property
// (the worst configuration): none may appear, in any shape.
const demoSite = env.SITE as unknown as Record<string, unknown> & {
  lists: { vacancies: Record<string, unknown> & { jobPosting: Record<string, unknown> } };
};
const SITE = {
  ...demoSite,
  lists: {
    vacancies: {
      ...demoSite.lists.vacancies,
      summary: ["location", "hiring_budget", "recruiter_email", "internal_notes"],
      jobPosting: {
        ...demoSite.lists.vacancies.jobPosting,
        description: "internal_notes",
        identifier: "recruiter_email",
        employmentType: "status_vacancy",
        employmentTypes: { open: "FULL_TIME" },
        location: { locality: "recruiter_email", region: "status_vacancy", addressCountry: "NL" },
        salary: { value: "hiring_budget", currency: "EUR" },
      },
    },
  },
};
const CANARIES = [
  INTERNAL_NOTES_MARKER,
  RECRUITER_EMAIL_DOMAIN,
  ...PRIVATE_VACANCY_PROPERTIES,
  "92000", // the demo vacancy's hiring budget
];

beforeAll(resetAll);

describe("private canaries", () => {
  // 39 pages from a cold cache: give a loaded machine time.
  it("appear in no vacancy page, fragment, JSON-LD, feed or sitemap", {
    timeout: 30_000,
  }, async () => {
    const paths = [
      "/sitemap.xml",
      "/robots.txt",
      "/jobs/vacancies/feed.xml",
      ...openVacancies().flatMap((vacancy) => [
        `/jobs/vacancies/${vacancy.slug}`,
        `/fragments/jobs/vacancies/${vacancy.slug}`,
      ]),
    ];
    const answers = await Promise.all(
      paths.map(async (path) => {
        const response = await edgeWith({ SITE }, path);
        return { path, status: response.status, text: await response.text() };
      }),
    );
    for (const { path, status, text } of answers) {
      expect([path, status]).toEqual([path, 200]);
      for (const canary of CANARIES)
        expect([path, canary, text.includes(canary)]).toEqual([path, canary, false]);
    }
  });
});
