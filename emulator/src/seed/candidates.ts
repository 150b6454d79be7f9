import { DEMO_COMPANY_UUID } from "../demo";
import type { RelationEdge, StoredRecord, StoredValue } from "../types";
import { ms, seedUuid } from "./ids";
import { compact } from "./vacancies";

interface Row {
  firstname: string;
  lastname: string;
  email: string;
  status: string;
  source: string;
  skills: string[];
  created: string;
  updated: string;
  extra?: Record<string, StoredValue | null>;
  /** Vacancy numbers this candidate applied for, oldest first. */
  appliedFor: number[];
  /** Whether the first `applied_for` edge is the vacancy's primary one (at most one per vacancy). */
  primary?: boolean;
  archived?: string;
}

// Candidate i + 1. Statuses and sources are spread so that the filter guide's
// AND/OR example ((new AND linkedin) OR (in_progress AND referral)) has an
// exact answer, and "jane" matches two people (Jane, Janet).
const ROWS: Row[] = [
  {
    firstname: "Jane",
    lastname: "Doe",
    email: "jane.doe@example.com",
    status: "in_progress",
    source: "referral",
    skills: ["java", "spring", "neo4j"],
    created: "2026-02-01T10:00:00Z",
    updated: "2026-03-10T09:00:00Z",
    appliedFor: [2],
    primary: true,
    extra: {
      phone: "+31 6 12345678",
      date_of_birth: ms("1992-04-17T00:00:00Z"),
      motivation: "I enjoy designing graph-backed services and mentoring juniors.",
      cv: `${DEMO_COMPANY_UUID}/files/candidates/jane-doe-cv.pdf`,
      linkedin: "https://www.linkedin.com/in/janedoe",
      expected_salary: 5200,
      available_from: ms("2026-03-01T00:00:00Z"),
      preferred_employment_type: "full_time",
      remote: true,
      profile_data: '{"github":"janedoe","years_experience":6}',
      gdpr_consent: true,
      candidate_score: 82,
      labels: ["backend"],
    },
  },
  {
    firstname: "Mark",
    lastname: "de Vries",
    email: "mark.devries@example.com",
    status: "new",
    source: "linkedin",
    skills: ["typescript", "react"],
    created: "2026-02-03T11:30:00Z",
    updated: "2026-02-03T11:30:00Z",
    appliedFor: [1],
    primary: true,
    extra: { remote: false, expected_salary: 6000, candidate_score: 74, gdpr_consent: true },
  },
  {
    firstname: "Sophie",
    lastname: "Jansen",
    email: "sophie.jansen@example.com",
    status: "new",
    source: "website",
    skills: ["figma", "ux_research"],
    created: "2026-02-05T08:15:00Z",
    updated: "2026-02-20T16:45:00Z",
    appliedFor: [4, 16],
    extra: { remote: true, expected_salary: 4800, candidate_score: 68, gdpr_consent: true },
  },
  {
    firstname: "Daan",
    lastname: "Bakker",
    email: "daan.bakker@example.com",
    status: "in_progress",
    source: "linkedin",
    skills: ["typescript", "sql"],
    created: "2026-02-07T14:00:00Z",
    updated: "2026-03-01T10:00:00Z",
    appliedFor: [13],
    extra: { candidate_score: 59, gdpr_consent: true },
  },
  {
    firstname: "Emma",
    lastname: "de Jong",
    email: "emma.dejong@example.com",
    status: "new",
    source: "referral",
    skills: ["python"],
    created: "2026-02-09T09:20:00Z",
    updated: "2026-02-09T09:20:00Z",
    // Only related to an archived vacancy, which relation filters ignore.
    appliedFor: [30],
    extra: { gdpr_consent: false },
  },
  {
    firstname: "Lucas",
    lastname: "Visser",
    email: "lucas.visser@example.com",
    status: "hired",
    source: "referral",
    skills: ["typescript", "react"],
    created: "2026-02-11T13:05:00Z",
    updated: "2026-03-05T12:00:00Z",
    appliedFor: [25],
    extra: { candidate_score: 91, gdpr_consent: true, start_date: ms("2026-04-01T00:00:00Z") },
  },
  {
    firstname: "Julia",
    lastname: "Smit",
    email: "julia.smit@example.com",
    status: "rejected",
    source: "linkedin",
    skills: ["java"],
    created: "2026-02-13T15:40:00Z",
    updated: "2026-02-27T08:00:00Z",
    appliedFor: [1],
    extra: { candidate_score: 40, gdpr_consent: true },
  },
  {
    firstname: "Janet",
    lastname: "Mulder",
    email: "janet.mulder@example.com",
    status: "in_progress",
    source: "website",
    skills: ["sql", "excel"],
    created: "2026-02-15T10:10:00Z",
    updated: "2026-03-12T11:00:00Z",
    appliedFor: [3],
    extra: { candidate_score: 77, gdpr_consent: true },
  },
  {
    firstname: "Olivia",
    lastname: "Bos",
    email: "olivia.bos@example.com",
    status: "rejected",
    source: "website",
    skills: ["copywriting"],
    created: "2026-02-17T09:00:00Z",
    updated: "2026-02-18T09:00:00Z",
    appliedFor: [5],
    archived: "2026-02-28T09:00:00Z",
  },
];

/** Builds the seeded candidates and their `applied_for` edges; fresh copies on every call. */
export function seedCandidates(): { records: StoredRecord[]; edges: RelationEdge[] } {
  const records: StoredRecord[] = [];
  const edges: RelationEdge[] = [];
  ROWS.forEach((row, i) => {
    const uuid = seedUuid("candidate", i + 1);
    const createdAt = ms(row.created);
    records.push({
      uuid,
      object: "candidate",
      morphObjects: [],
      createdAt,
      updatedAt: ms(row.updated),
      deletedAt: row.archived === undefined ? null : ms(row.archived),
      anonymized: false,
      values: compact({
        firstname: row.firstname,
        lastname: row.lastname,
        email: row.email,
        status_candidate: row.status,
        source: row.source,
        skills: [...row.skills],
        ...row.extra,
      }),
    });
    row.appliedFor.forEach((n, k) => {
      edges.push({
        relation: "applied_for",
        from: uuid,
        to: seedUuid("vacancy", n),
        primary: k === 0 && row.primary === true,
        createdAt: createdAt + k * 60_000,
      });
    });
  });
  return { records, edges };
}
