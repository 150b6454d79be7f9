import { CANDIDATE_OBJECT_UUID, VACANCY_OBJECT_UUID } from "../demo";
import type { AttachedProperty, ObjectDef, RelationDef } from "../types";
import { seedUuid } from "./ids";

const attach = (group: string, names: string[], hidden: string[] = []): AttachedProperty[] =>
  names.map((name) => ({ name, group, hidden: hidden.includes(name) }));

/** The demo company's objects with their attached properties in display order. */
export const OBJECTS: readonly ObjectDef[] = [
  {
    uuid: VACANCY_OBJECT_UUID,
    name: "vacancy",
    label: "Vacancy",
    properties: [
      ...attach("Vacancy", ["title", "description", "location", "department", "employment_type"]),
      ...attach("Conditions", [
        "hours",
        "salary_range",
        "publish_date",
        "remote",
        "skills",
        "tags",
      ]),
      ...attach("Website", ["slug"], ["slug"]),
      ...attach("Internal", [
        "status_vacancy",
        "internal_notes",
        "hiring_budget",
        "recruiter_email",
      ]),
    ],
  },
  {
    uuid: CANDIDATE_OBJECT_UUID,
    name: "candidate",
    label: "Candidate",
    properties: [
      ...attach("Personal details", ["firstname", "lastname", "email", "phone", "date_of_birth"]),
      ...attach("Application", [
        "motivation",
        "cv",
        "linkedin",
        "expected_salary",
        "available_from",
        "preferred_employment_type",
        "skills",
        "remote",
        "profile_data",
        "source",
        "gdpr_consent",
      ]),
      ...attach(
        "Recruitment",
        ["status_candidate", "candidate_score", "vacancy_title", "application_status", "labels"],
        ["candidate_score"],
      ),
      ...attach("Offer", [
        "salary",
        "salary_range",
        "start_date",
        "available_remote",
        "resume_file",
      ]),
    ],
  },
];

/** Relation types between the demo objects. */
export const RELATIONS: readonly RelationDef[] = [
  {
    uuid: seedUuid("relation", 1),
    name: "applied_for",
    label: "Applied for",
    from: "candidate",
    to: "vacancy",
  },
];
