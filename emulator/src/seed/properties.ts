import type { OptionDef, PropertyDef } from "../types";
import { seedUuid } from "./ids";

const opts = (...pairs: [string, string][]): OptionDef[] =>
  pairs.map(([name, label]) => ({ name, label }));

const EMPLOYMENT_TYPES = opts(
  ["full_time", "Full-time"],
  ["part_time", "Part-time"],
  ["freelance", "Freelance"],
  ["internship", "Internship"],
);

type Shape = Omit<
  PropertyDef,
  "uuid" | "rules" | "options" | "immutable" | "nonPublic" | "webpagePublic" | "description"
> &
  Partial<PropertyDef>;

const defs: Shape[] = [
  // 1-16: vacancy
  { name: "title", label: "Title", type: "string", format: "single-line", rules: ["required"] },
  { name: "description", label: "Description", type: "string", format: "multi-line" },
  { name: "location", label: "Location", type: "string", format: "single-line" },
  {
    name: "department",
    label: "Department",
    type: "single-select",
    format: "single-select",
    options: [
      { name: "engineering", label: "Engineering", icon: "code", color: "#2563eb" },
      { name: "data", label: "Data & Analytics", icon: "chart-line", color: "#7c3aed" },
      { name: "design", label: "Design", icon: "pen-nib", color: "#db2777" },
      { name: "marketing", label: "Marketing", icon: "bullhorn", color: "#ea580c" },
      { name: "sales", label: "Sales", icon: "handshake", color: "#16a34a" },
      { name: "customer_success", label: "Customer Success", icon: "headset", color: "#0891b2" },
      { name: "operations", label: "Operations", icon: "gears", color: "#4b5563" },
      { name: "people", label: "People & Culture", icon: "users", color: "#ca8a04" },
      { name: "legal", label: "Legal", icon: "scale-balanced", disabled: true },
    ],
  },
  {
    name: "employment_type",
    label: "Employment type",
    type: "single-select",
    format: "single-select",
    options: EMPLOYMENT_TYPES,
  },
  { name: "hours", label: "Hours per week", type: "number", format: "number" },
  { name: "salary_range", label: "Salary range", type: "range", format: "currency-range" },
  { name: "publish_date", label: "Publish date", type: "date", format: "date" },
  { name: "remote", label: "Remote possible", type: "checkbox", format: "single-checkbox" },
  {
    name: "skills",
    label: "Skills",
    type: "multi-select",
    format: "multi-select",
    options: opts(
      ["typescript", "TypeScript"],
      ["react", "React"],
      ["java", "Java"],
      ["spring", "Spring"],
      ["neo4j", "Neo4j"],
      ["python", "Python"],
      ["sql", "SQL"],
      ["kubernetes", "Kubernetes"],
      ["aws", "AWS"],
      ["figma", "Figma"],
      ["ux_research", "UX research"],
      ["seo", "SEO"],
      ["copywriting", "Copywriting"],
      ["salesforce", "Salesforce"],
      ["excel", "Excel"],
      ["communication", "Communication"],
      ["dutch", "Dutch"],
      ["english", "English"],
    ),
  },
  {
    name: "tags",
    label: "Tags",
    type: "tag",
    format: "tag",
    options: opts(
      ["urgent", "Urgent"],
      ["new", "New"],
      ["tech", "Tech"],
      ["graduate", "Graduate"],
      ["hybrid", "Hybrid"],
    ),
  },
  { name: "slug", label: "Slug", type: "string", format: "single-line", rules: ["unique"] },
  {
    name: "status_vacancy",
    label: "Status",
    type: "single-select",
    format: "single-select",
    webpagePublic: false,
    options: opts(["open", "Open"], ["draft", "Draft"], ["closed", "Closed"]),
  },
  {
    name: "internal_notes",
    label: "Internal notes",
    type: "string",
    format: "multi-line",
    nonPublic: true,
    webpagePublic: false,
  },
  {
    name: "hiring_budget",
    label: "Hiring budget",
    type: "number",
    format: "currency",
    webpagePublic: false,
  },
  {
    name: "recruiter_email",
    label: "Recruiter email",
    type: "string",
    format: "email",
    webpagePublic: false,
  },
  // 17-34: candidate
  {
    name: "firstname",
    label: "First name",
    type: "string",
    format: "single-line",
    rules: ["required"],
  },
  {
    name: "lastname",
    label: "Last name",
    type: "string",
    format: "single-line",
    rules: ["required"],
  },
  {
    name: "email",
    label: "Email address",
    type: "string",
    format: "email",
    rules: ["required", "unique"],
  },
  { name: "phone", label: "Phone number", type: "string", format: "phone" },
  { name: "date_of_birth", label: "Date of birth", type: "date", format: "date" },
  { name: "motivation", label: "Motivation", type: "string", format: "multi-line" },
  {
    name: "cv",
    label: "CV",
    type: "file",
    format: "file",
    accept: [".pdf", ".doc", ".docx", ".odt", ".txt"],
  },
  { name: "linkedin", label: "LinkedIn profile", type: "string", format: "url" },
  { name: "expected_salary", label: "Expected salary", type: "number", format: "currency" },
  { name: "available_from", label: "Available from", type: "date", format: "date" },
  {
    name: "preferred_employment_type",
    label: "Preferred employment type",
    type: "single-select",
    format: "single-select",
    options: EMPLOYMENT_TYPES,
  },
  { name: "profile_data", label: "Profile data", type: "structure", format: "structure" },
  {
    name: "source",
    label: "Source",
    type: "single-select",
    format: "single-select",
    options: opts(["website", "Website"], ["referral", "Referral"], ["linkedin", "LinkedIn"]),
  },
  { name: "gdpr_consent", label: "Privacy consent", type: "checkbox", format: "single-checkbox" },
  {
    name: "candidate_score",
    label: "Candidate score",
    type: "number",
    format: "number",
    immutable: true,
    description: "Computed by Caraer from the candidate's applications.",
  },
  {
    name: "vacancy_title",
    label: "Vacancy",
    type: "linked-property",
    format: "linked-property",
    immutable: true,
    linked: { relation: "applied_for", property: "title" },
  },
  {
    name: "status_candidate",
    label: "Candidate status",
    type: "single-select",
    format: "single-select",
    options: opts(
      ["new", "New"],
      ["in_progress", "In progress"],
      ["hired", "Hired"],
      ["rejected", "Rejected"],
    ),
  },
  // 35-40: the properties of the records guide's multi-type example payload
  {
    name: "application_status",
    label: "Application status",
    type: "single-select",
    format: "single-select",
    options: opts(
      ["new", "New"],
      ["in_progress", "In progress"],
      ["interview", "Interview"],
      ["offer", "Offer"],
      ["hired", "Hired"],
      ["rejected", "Rejected"],
    ),
  },
  { name: "salary", label: "Salary", type: "number", format: "currency" },
  { name: "start_date", label: "Start date", type: "date", format: "date" },
  {
    name: "available_remote",
    label: "Available remote",
    type: "checkbox",
    format: "single-checkbox",
  },
  {
    name: "labels",
    label: "Labels",
    type: "tag",
    format: "tag",
    options: opts(
      ["high_priority", "High priority"],
      ["backend", "Backend"],
      ["frontend", "Frontend"],
    ),
  },
  { name: "resume_file", label: "Resume", type: "file", format: "file" },
];

/** Vacancy properties are webpagePublic unless said otherwise; candidate ones are not. */
const FIRST_CANDIDATE_PROPERTY = 17;

/** Every property of the demo company, keyed by name. Shared names have one definition. */
export const PROPERTIES: readonly PropertyDef[] = defs.map((d, i) => ({
  description: null,
  rules: [],
  options: [],
  immutable: false,
  nonPublic: false,
  webpagePublic: i + 1 < FIRST_CANDIDATE_PROPERTY,
  ...d,
  uuid: seedUuid("property", i + 1),
}));
