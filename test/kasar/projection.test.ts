import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  KASAR_INTERNAL_MARKER,
  KASAR_PRIVATE_VACANCY_FIELDS,
  KASAR_RECRUITER_DOMAIN,
  kasarVacancyId,
} from "../../emulator/kasar/src/demo";
import { KASAR_DEMO_LIST_FIELDS } from "../../emulator/kasar/src/edge-settings";
import { edge } from "../helpers";
import { resetKasar } from "./helpers";

// Every name a caller might try: the public fields, the private ones, and Kasar's own.
const NAMES = [...KASAR_DEMO_LIST_FIELDS, ...KASAR_PRIVATE_VACANCY_FIELDS, "id", "created_at"];
const OPERATORS = ["equals_exactly", "any", "is_null", "contains_flexibly", "range", "bigger_than"];
const PUBLIC = new Set<string>(KASAR_DEMO_LIST_FIELDS);

const value = fc.oneof(
  fc.constantFrom("open", "engineering", "40", "true", "2026-09-15", "20;40", "KASAR", "figma"),
  fc.string({ maxLength: 6 }),
);
const param = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), value).map(([name, v]) => [`filter[${name}]`, v]),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...OPERATORS), value)
    .map(([name, op, v]) => [`filter[${name}][${op}]`, v]),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.boolean())
    .map(([name, desc]) => ["sort", `${desc ? "-" : ""}${name}`]),
  fc.constantFrom("budget", "recruiter", "internal", "KASAR", "engineer").map((q) => ["q", q]),
  fc.integer({ min: 1, max: 6 }).map((page) => ["page", String(page)]),
  fc.integer({ min: 1, max: 5 }).map((limit) => ["limit", String(limit)]),
);
const path = fc.oneof(
  fc
    .array(param, { maxLength: 5 })
    .map((params) => `/v1/lists/vacancies?${new URLSearchParams(params as [string, string][])}`),
  fc.integer({ min: 1, max: 13 }).map((n) => `/v1/lists/vacancies/${kasarVacancyId(n)}`),
  fc
    .array(param, { maxLength: 3 })
    .map((params) => `/jobs/vacancies?${new URLSearchParams(params as [string, string][])}`),
  fc.constantFrom(
    "/",
    "/jobs/vacancies/platform-engineer-remote",
    "/jobs/vacancies/junior-frontend-developer-amsterdam",
    "/fragments/jobs/vacancies",
    "/jobs/vacancies/feed.xml",
    "/sitemap.xml",
  ),
);

/** Every `properties` object in a JSON answer. */
function propertyKeys(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap(propertyKeys);
  if (!body || typeof body !== "object") return [];
  return Object.entries(body).flatMap(([key, v]) =>
    key === "properties" && v && typeof v === "object" ? Object.keys(v) : propertyKeys(v),
  );
}

beforeAll(resetKasar);

describe("projection on Kasar (property)", () => {
  it("never answers a private canary, nor a property outside the list's fields", async () => {
    await fc.assert(
      fc.asyncProperty(path, async (target) => {
        const response = await edge(target);
        const text = await response.text();
        expect(response.status, target).toBeLessThan(500);
        expect(text).not.toContain(KASAR_INTERNAL_MARKER);
        expect(text).not.toContain(KASAR_RECRUITER_DOMAIN);
        if (response.headers.get("Content-Type")?.startsWith("application/json")) {
          for (const key of propertyKeys(JSON.parse(text))) expect(PUBLIC.has(key), key).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("would see a canary if one were served (the check can fail)", () => {
    // The oracle itself: a body holding a private value is caught.
    const planted = JSON.stringify({
      data: [{ properties: { internal_notes: KASAR_INTERNAL_MARKER } }],
    });
    expect(planted).toContain(KASAR_INTERNAL_MARKER);
    expect(propertyKeys(JSON.parse(planted)).every((key) => PUBLIC.has(key))).toBe(false);
  });
});
