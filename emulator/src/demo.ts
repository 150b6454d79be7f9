/**
 * Fixed identities of the emulator's demo tenant. The edge Worker's dev
 * settings (`.dev.vars.example`) and the test suites use the same values, so
 * they live in one module that both sides import. This module must stay free
 * of imports: `vitest.config.ts` loads it in Node.
 */

/** The demo company (tenant) UUID, sent as `X-Caraer-Company-Uuid`. */
export const DEMO_COMPANY_UUID = "7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f";

/** The only bearer token the emulator accepts. Deliberately distinctive so leak tests can grep for it. */
export const DEMO_API_TOKEN = "caraer-dev-token-9b1f4c7e2d8a";

/** The subdomain that public webpage requests must name in `X-Caraer-Subdomain`. */
export const DEMO_SUBDOMAIN = "demo";

/** The demo application form, targeting the `candidate` object. */
export const APPLICATION_FORM_UUID = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";

/** The simpler open-application form (candidate object, one step, `redirectUrl` set). */
export const OPEN_APPLICATION_FORM_UUID = "50000000-0000-4000-8000-000000000002";

/**
 * A form with an input of every type the edge renders (every format, each
 * select styling, a hidden cell, a text cell, two steps): the browser suite's
 * accessibility checks run on it.
 */
export const EVERY_TYPE_FORM_UUID = "50000000-0000-4000-8000-000000000003";

/** Where the open-application form redirects after a successful submit. */
export const OPEN_APPLICATION_REDIRECT_URL = "https://demo.example.com/careers/thank-you";

/** UUID of the `vacancy` object. */
export const VACANCY_OBJECT_UUID = "10000000-0000-4000-8000-000000000001";

/** UUID of the `candidate` object. */
export const CANDIDATE_OBJECT_UUID = "10000000-0000-4000-8000-000000000002";

/** The relation from a candidate to the vacancy it applied for. */
export const APPLIED_FOR_RELATION = "applied_for";

/** An open, active vacancy with a published webpage: "Senior Frontend Developer" in Amsterdam. */
export const OPEN_VACANCY_UUID = "30000000-0000-4000-8000-000000000001";

/** The `slug` of {@link OPEN_VACANCY_UUID}; its page is `careers/{slug}`. */
export const OPEN_VACANCY_SLUG = "senior-frontend-developer-amsterdam";

/** A draft (never published) active vacancy: "Engineering Manager". Its webpage exists but is unpublished. */
export const DRAFT_VACANCY_UUID = "30000000-0000-4000-8000-000000000019";

/** The `slug` of {@link DRAFT_VACANCY_UUID}, whose page `careers/{slug}` is unpublished (404). */
export const UNPUBLISHED_PAGE_SLUG = "engineering-manager-amsterdam";

/** A closed, active vacancy: "Junior Frontend Developer". */
export const CLOSED_VACANCY_UUID = "30000000-0000-4000-8000-000000000025";

/** An archived vacancy (`deletedAt` set) whose status is still `open`: "Senior Java Developer". */
export const ARCHIVED_VACANCY_UUID = "30000000-0000-4000-8000-000000000030";

/** Number of seeded vacancy records: active and archived. */
export const VACANCY_COUNTS = { total: 32, active: 28, archived: 4, openActive: 18 } as const;

/** Seeded candidate "Jane Doe" (jane.doe@example.com), applied for the Java backend vacancy. */
export const JANE_DOE_UUID = "40000000-0000-4000-8000-000000000001";

/** Email of {@link JANE_DOE_UUID}; `email` is unique, so `createOrUpdate` with it updates Jane. */
export const JANE_DOE_EMAIL = "jane.doe@example.com";

/** The careers site root slug; the landing page is `careers/home`. */
export const CAREERS_ROOT_SLUG = "careers";

/** Slug of the careers landing page under {@link CAREERS_ROOT_SLUG}. */
export const CAREERS_HOME_SLUG = "home";

/** UUID of the shared `skills` multi-select property (vacancy and candidate), for the options endpoint. */
export const SKILLS_PROPERTY_UUID = "20000000-0000-4000-8000-000000000010";

/** UUID of the `employment_type` single-select property, for the options endpoint. */
export const EMPLOYMENT_TYPE_PROPERTY_UUID = "20000000-0000-4000-8000-000000000005";

/** UUID of the `internal_notes` property, which is `nonPublic`. */
export const INTERNAL_NOTES_PROPERTY_UUID = "20000000-0000-4000-8000-000000000014";

/**
 * Every seeded `internal_notes` value (nonPublic) starts with this marker, so
 * leak tests can grep any response for it.
 */
export const INTERNAL_NOTES_MARKER = "INTERNAL NOTE:";

/**
 * Every seeded `recruiter_email` value (readable by tokens, not webpagePublic)
 * uses this domain, so leak tests can grep public responses for it.
 */
export const RECRUITER_EMAIL_DOMAIN = "talent.demo-internal.example";

/** Vacancy properties whose values must never reach a public response. */
export const PRIVATE_VACANCY_PROPERTIES = [
  "status_vacancy",
  "internal_notes",
  "hiring_budget",
  "recruiter_email",
] as const;

/** Vacancy properties flagged `webpagePublic`. */
export const PUBLIC_VACANCY_PROPERTIES = [
  "title",
  "description",
  "location",
  "department",
  "employment_type",
  "hours",
  "salary_range",
  "publish_date",
  "remote",
  "skills",
  "tags",
  "slug",
] as const;

/** Preview templates of the vacancy object: `card` (list items) and `detail` (contains non-public cells). */
export const VACANCY_PREVIEWS = ["card", "detail"] as const;
