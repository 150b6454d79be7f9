import {
  CANDIDATES,
  KASAR_INTERNAL_MARKER,
  KASAR_RECRUITER_DOMAIN,
  kasarCandidateId,
  kasarVacancyId,
  OTHER_ORG_VACANCY_ID,
  VACANCIES,
} from "./demo";
import type { Association, StoredRecord, StoredValue } from "./store";

/** The emulated organisations: the demo one and a second one that proves isolation by token. */
export type OrgId = "demo" | "other";

type Row = [
  title: string,
  status: "open" | "closed",
  location: string,
  department: string,
  employment: string,
  hours: number,
  remote: boolean,
  skills: string[],
  budget: number,
];

// Twelve vacancies, 8 open and 4 closed, so lists page and filter on status.
const VACANCY_ROWS: Row[] = [
  [
    "Senior Frontend Developer",
    "open",
    "Amsterdam",
    "engineering",
    "full_time",
    40,
    true,
    ["typescript", "react"],
    92000,
  ],
  [
    "Backend Engineer (Java)",
    "open",
    "Rotterdam",
    "engineering",
    "full_time",
    40,
    false,
    ["java", "sql"],
    88000,
  ],
  ["Product Designer", "open", "Amsterdam", "design", "full_time", 36, true, ["figma"], 70000],
  ["Account Executive", "open", "Utrecht", "sales", "full_time", 40, false, [], 65000],
  [
    "Junior Frontend Developer",
    "closed",
    "Amsterdam",
    "engineering",
    "full_time",
    40,
    false,
    ["typescript"],
    48000,
  ],
  ["Data Analyst", "open", "Utrecht", "operations", "part_time", 24, true, ["sql"], 52000],
  ["UX Researcher", "closed", "Rotterdam", "design", "part_time", 32, false, ["figma"], 60000],
  [
    "Engineering Manager",
    "open",
    "Amsterdam",
    "engineering",
    "full_time",
    40,
    false,
    ["java", "typescript"],
    110000,
  ],
  [
    "Sales Development Representative",
    "closed",
    "Utrecht",
    "sales",
    "full_time",
    40,
    false,
    [],
    42000,
  ],
  ["Office Manager", "open", "Rotterdam", "operations", "part_time", 20, false, [], 40000],
  [
    "Platform Engineer",
    "open",
    "Remote",
    "engineering",
    "full_time",
    40,
    true,
    ["sql", "typescript"],
    95000,
  ],
  ["Visual Designer", "closed", "Amsterdam", "design", "full_time", 40, false, ["figma"], 58000],
];

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");

/** Seeded timestamps: one hour apart from 1 October 2026, in seed order. */
const at = (hour: number) => new Date(Date.UTC(2026, 9, 1, hour)).toISOString();

function record(
  object: string,
  id: string,
  hour: number,
  values: Record<string, StoredValue>,
): StoredRecord {
  return { id, object, created_at: at(hour), updated_at: at(hour), values };
}

function vacancy(row: Row, n: number): StoredRecord {
  const [title, status, location, department, employment, hours, remote, skills, budget] = row;
  return record(VACANCIES, kasarVacancyId(n), n, {
    title,
    slug: slugify(`${title} ${location}`),
    status,
    description: `${title} in ${location}. Join our ${department} team.`,
    location,
    department,
    employment_type: employment,
    hours_per_week: hours,
    remote,
    ...(skills.length > 0 ? { skills } : {}),
    publish_date: `2026-09-${String(n + 10).padStart(2, "0")}`,
    internal_notes: `${KASAR_INTERNAL_MARKER} shortlist due, budget ${budget} approved`,
    hiring_budget: budget,
    recruiter_email: `recruiter${n}@${KASAR_RECRUITER_DOMAIN}`,
  });
}

const CANDIDATE_ROWS: [first: string, last: string, applied: number[]][] = [
  ["Alice", "Martin", [1]],
  ["Bob", "Dupont", [2, 11]],
  ["Chloé", "Bernard", [3]],
  ["David", "Jansen", []],
  ["Eva", "de Vries", [1, 8]],
];

function candidate([first, last]: [string, string, number[]], n: number): StoredRecord {
  const email = `${first}.${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  return record(CANDIDATES, kasarCandidateId(n), 100 + n, {
    first_name: first,
    last_name: last,
    email: `${email}@example.com`,
    phone: `+31 6 1234 56${String(n).padStart(2, "0")}`,
    source: n % 2 === 0 ? "referral" : "website",
    consent: true,
    internal_rating: n % 5,
    internal_notes: `${KASAR_INTERNAL_MARKER} screening call ${n}`,
  });
}

/** The seeded records and associations of an organisation. */
export function seedOrg(org: OrgId): { records: StoredRecord[]; associations: Association[] } {
  if (org === "other") {
    return {
      records: [
        record(VACANCIES, OTHER_ORG_VACANCY_ID, 0, {
          title: "Warehouse Lead",
          slug: "warehouse-lead",
          status: "open",
          internal_notes: `${KASAR_INTERNAL_MARKER} other organisation`,
        }),
      ],
      associations: [],
    };
  }
  return {
    records: [
      ...VACANCY_ROWS.map((row, i) => vacancy(row, i + 1)),
      ...CANDIDATE_ROWS.map((row, i) => candidate(row, i + 1)),
    ],
    associations: CANDIDATE_ROWS.flatMap(([, , applied], i) =>
      applied.map((v) => ({
        object: CANDIDATES,
        id: kasarCandidateId(i + 1),
        toObject: VACANCIES,
        toId: kasarVacancyId(v),
      })),
    ),
  };
}
