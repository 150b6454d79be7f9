/**
 * Fixed identities of the Kasar emulator's demo organisations. Tests (and a
 * later edge deployment against Kasar) use the same values, so they live in
 * one module. It must stay free of imports: `vitest.config.ts` may load it in Node.
 */

/** Full-access token of the demo organisation. Distinctive so leak tests can grep for it. */
export const KASAR_DEMO_TOKEN = "kasar-dev-token-3e7a91c5f0b2";

/** Read-only token of the same organisation: every write answers 403 PERMISSION_DENIED. */
export const KASAR_READONLY_TOKEN = "kasar-readonly-token-58d2c4a1";

/** Token of a second organisation, whose data the demo tokens never see (and vice versa). */
export const KASAR_OTHER_ORG_TOKEN = "kasar-other-org-token-b90f6e13";

/** The vacancy object (plural, as Kasar names objects in paths). */
export const VACANCIES = "vacancies";

/** The candidate object. */
export const CANDIDATES = "candidates";

/** The id of seeded demo vacancy `n` (1-12). */
export const kasarVacancyId = (n: number) =>
  `5a000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The id of seeded demo candidate `n` (1-5). */
export const kasarCandidateId = (n: number) =>
  `5c000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The only vacancy of the other organisation. */
export const OTHER_ORG_VACANCY_ID = "5e000000-0000-4000-8000-000000000001";

/** Seeded demo vacancies: 12 in all, 8 `open` and 4 `closed`. */
export const KASAR_VACANCY_COUNTS = { total: 12, open: 8, closed: 4 } as const;

/** Seeded demo candidates. */
export const KASAR_CANDIDATE_COUNT = 5;

/** Email of candidate 1, "Alice Martin"; `email` is the candidates' unique field. */
export const ALICE_EMAIL = "alice.martin@example.com";

/** Every seeded `internal_notes` value starts with this canary, so leak tests can grep for it. */
export const KASAR_INTERNAL_MARKER = "KASAR-INTERNAL:";

/** Every seeded `recruiter_email` uses this domain (a canary, like the notes marker). */
export const KASAR_RECRUITER_DOMAIN = "recruiting.kasar-internal.example";

/** Vacancy fields a public job board may show; the rest is private (see PRIVATE_VACANCY_FIELDS). */
export const KASAR_PUBLIC_VACANCY_FIELDS = [
  "title",
  "slug",
  "status",
  "description",
  "location",
  "department",
  "employment_type",
  "hours_per_week",
  "remote",
  "skills",
  "publish_date",
] as const;

/** Vacancy fields whose values must never reach a public response. */
export const KASAR_PRIVATE_VACANCY_FIELDS = [
  "internal_notes",
  "hiring_budget",
  "recruiter_email",
] as const;
