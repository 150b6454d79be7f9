/**
 * The edge's demo settings for a Kasar deployment (`npm start -- --crm kasar`
 * and the `edge-kasar` tests): a public vacancies list over the Kasar
 * emulator's demo data, and a careers site showing it. `vitest.config.ts` and
 * scripts/dev.mjs load it in Node, so it imports only the import-free `demo.ts`,
 * with its extension.
 */
import { KASAR_PUBLIC_VACANCY_FIELDS } from "./demo.ts";

/** The public fields of the demo list: everything a job board shows, none of the private ones. */
export const KASAR_DEMO_LIST_FIELDS: string[] = [...KASAR_PUBLIC_VACANCY_FIELDS];

/** `LISTS`: open vacancies, newest first, three a page. */
export const KASAR_DEMO_LISTS = {
  vacancies: {
    object: "vacancies",
    fields: KASAR_DEMO_LIST_FIELDS,
    filter: {
      groups: [{ items: [{ property: "status", operator: "equals_exactly", value: "open" }] }],
    },
    filterable: {
      location: ["equals_exactly", "contains_flexibly"],
      department: ["equals_exactly", "any"],
      employment_type: ["any"],
      hours_per_week: ["bigger_than_or_equal_to", "smaller_than_or_equal_to", "range"],
      remote: ["equals_exactly"],
      skills: ["any", "all_flexibly"],
      publish_date: ["bigger_than_or_equal_to", "smaller_than"],
    },
    sortable: ["publish_date", "title", "hours_per_week"],
    defaultSort: "-publish_date",
    searchable: ["title", "description"],
    pageSize: 3,
    maxPageSize: 50,
    ttl: 60,
    staleTtl: 86_400,
  },
};

/** `SITE`: the careers site over the demo list, slugs in URLs, JobPosting data. */
export const KASAR_DEMO_SITE = {
  origin: "http://localhost:8787",
  title: "Careers at Demo (Kasar)",
  intro: "Open positions from the Kasar demo organisation.",
  locale: "en",
  organisation: { name: "Demo", website: "https://demo.example.com" },
  lists: {
    vacancies: {
      title: "Open positions",
      intro: "Find a role that fits you.",
      slug: "slug",
      summary: ["location", "employment_type", "hours_per_week", "department"],
      homeCount: 5,
      jobPosting: {
        title: "title",
        description: "description",
        datePosted: "publish_date",
        employmentType: "employment_type",
        employmentTypes: { full_time: "FULL_TIME", part_time: "PART_TIME" },
        location: { locality: "location", addressCountry: "NL" },
        remote: "remote",
        applicantCountries: ["NL"],
        identifier: "slug",
      },
    },
  },
};
