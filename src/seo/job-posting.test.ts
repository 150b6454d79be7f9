import { describe, expect, it } from "vitest";
import { JobPostingMappingSchema } from "../config/site";
import { type PublicProperty, toPublicSchema } from "../projection/public-schema";
import type { PublicRecord } from "../projection/record";
import { buildJobPosting, jobPostingIssues } from "./job-posting";

const property = (name: string, type = "string"): PublicProperty => ({
  name,
  label: name,
  type,
  format: null,
  options: [],
});

// The demo vacancy object's public set (emulator/src/seed/properties.ts): the
// internal status, notes, budget and recruiter are not in it.
const schema = toPublicSchema("vacancy", [
  property("title"),
  property("description"),
  property("location"),
  property("employment_type", "single-select"),
  property("salary_range", "range"),
  property("publish_date", "date"),
  property("remote", "checkbox"),
  property("slug"),
  property("closing_date", "date"),
  property("country"),
]);

// The demo list's mapping (wrangler.toml).
const mapping = JobPostingMappingSchema.parse({
  title: "title",
  description: "description",
  datePosted: "publish_date",
  employmentType: "employment_type",
  employmentTypes: { freelance: "CONTRACTOR", internship: "INTERN" },
  location: { locality: "location", addressCountry: "NL" },
  remote: "remote",
  applicantCountries: ["NL", "BE"],
  salary: { range: "salary_range", currency: "EUR", unit: "MONTH" },
  identifier: "slug",
});

const organisation = {
  name: "Demo",
  logoUrl: "https://images.demo.example.com/logo.png",
  website: "https://demo.example.com",
};

const record = (properties: Record<string, unknown>): PublicRecord => ({
  uuid: "30000000-0000-4000-8000-000000000001",
  updatedAt: "2025-03-03T09:00:00.000Z",
  properties,
});

const frontend = record({
  title: "Senior Frontend Developer",
  description: "Build the candidate-facing web apps.",
  location: "Amsterdam",
  employment_type: "full_time",
  salary_range: "5000;6500",
  publish_date: Date.UTC(2026, 0, 12),
  remote: true,
  slug: "senior-frontend-developer-amsterdam",
});

const url = "https://jobs.example.com/jobs/vacancies/senior-frontend-developer-amsterdam";

describe("buildJobPosting", () => {
  it("maps a demo vacancy onto every required and recommended property", () => {
    expect(buildJobPosting({ record: frontend, schema, mapping, organisation, url })).toEqual({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Senior Frontend Developer",
      description: "Build the candidate-facing web apps.",
      datePosted: "2026-01-12T00:00:00.000Z",
      hiringOrganization: {
        "@type": "Organization",
        name: "Demo",
        sameAs: "https://demo.example.com",
        logo: "https://images.demo.example.com/logo.png",
      },
      identifier: {
        "@type": "PropertyValue",
        name: "Demo",
        value: "senior-frontend-developer-amsterdam",
      },
      url,
      directApply: true,
      jobLocation: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressLocality: "Amsterdam", addressCountry: "NL" },
      },
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: [
        { "@type": "Country", name: "NL" },
        { "@type": "Country", name: "BE" },
      ],
      employmentType: "FULL_TIME",
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: { "@type": "QuantitativeValue", minValue: 5000, maxValue: 6500, unitText: "MONTH" },
      },
    });
  });

  it("leaves out what the data lacks: no remote work, no salary, no identifier property, an unmapped option", () => {
    const posting = buildJobPosting({
      record: record({
        ...frontend.properties,
        remote: false,
        salary_range: null,
        slug: null,
        employment_type: "seasonal",
      }),
      schema,
      mapping,
      organisation: { name: "Demo" },
      url,
    });
    expect(posting).toMatchObject({
      hiringOrganization: { "@type": "Organization", name: "Demo" },
      identifier: { value: "30000000-0000-4000-8000-000000000001" },
    });
    for (const key of ["jobLocationType", "applicantLocationRequirements", "baseSalary"])
      expect(posting).not.toHaveProperty(key);
    expect(posting).not.toHaveProperty("employmentType");
    expect(posting?.hiringOrganization).toEqual({ "@type": "Organization", name: "Demo" });
  });

  it("maps multi-select employment types through the table and by schema.org name", () => {
    const posting = buildJobPosting({
      record: record({ ...frontend.properties, employment_type: ["freelance", "Part-Time", "x"] }),
      schema,
      mapping,
      organisation,
      url,
    });
    expect(posting?.employmentType).toEqual(["CONTRACTOR", "PART_TIME"]);
  });

  it("takes the country from a property, validThrough from a date, and a single salary value", () => {
    const posting = buildJobPosting({
      record: record({ ...frontend.properties, country: "BE", closing_date: "2026-03-01" }),
      schema,
      mapping: JobPostingMappingSchema.parse({
        datePosted: "publish_date",
        validThrough: "closing_date",
        location: { locality: "location", country: "country", addressCountry: "NL" },
        salary: { min: "salary_range", currency: "EUR", unit: "YEAR" },
      }),
      organisation,
      url,
    });
    expect(posting?.jobLocation).toEqual({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: "Amsterdam", addressCountry: "BE" },
    });
    expect(posting?.validThrough).toBe("2026-03-01T00:00:00.000Z");
    // "5000;6500" is no number, so `min` yields nothing and there is no salary at all.
    expect(posting).not.toHaveProperty("baseSalary");
    expect(posting).not.toHaveProperty("jobLocationType");
  });

  it("is remote-only without an office country, and null without any location", () => {
    const remoteOnly = JobPostingMappingSchema.parse({
      datePosted: "publish_date",
      remote: "remote",
      applicantCountries: ["NL"],
    });
    const posting = buildJobPosting({
      record: frontend,
      schema,
      mapping: remoteOnly,
      organisation,
      url,
    });
    expect(posting).not.toHaveProperty("jobLocation");
    expect(posting?.applicantLocationRequirements).toEqual([{ "@type": "Country", name: "NL" }]);
    const onSite = record({ ...frontend.properties, remote: false });
    expect(
      buildJobPosting({ record: onSite, schema, mapping: remoteOnly, organisation, url }),
    ).toBeNull();
  });

  it("is null when a required property has no value", () => {
    for (const missing of ["title", "description", "publish_date"]) {
      const properties = { ...frontend.properties, [missing]: "  " };
      expect(
        buildJobPosting({ record: record(properties), schema, mapping, organisation, url }),
      ).toBeNull();
    }
  });

  it("never reads a mapped property outside the public set, even if the record carried it", () => {
    const leaky = JobPostingMappingSchema.parse({
      ...mapping,
      identifier: "recruiter_email",
      salary: { value: "hiring_budget", currency: "EUR" },
      validThrough: "internal_deadline",
    });
    const posting = buildJobPosting({
      record: record({
        ...frontend.properties,
        recruiter_email: "SECRET@internal.example",
        hiring_budget: 92000,
        internal_deadline: Date.UTC(2026, 5, 1),
      }),
      schema,
      mapping: leaky,
      organisation,
      url,
    });
    const json = JSON.stringify(posting);
    expect(json).not.toContain("SECRET");
    expect(json).not.toContain("92000");
    expect(posting).not.toHaveProperty("baseSalary");
    expect(posting).not.toHaveProperty("validThrough");
    expect(posting?.identifier).toMatchObject({ value: frontend.uuid });
  });
});

describe("jobPostingIssues", () => {
  it("names each setting that maps a non-public property, never the property", () => {
    const leaky = JobPostingMappingSchema.parse({
      ...mapping,
      identifier: "recruiter_email",
      location: { locality: "location", region: "internal_region", addressCountry: "NL" },
      salary: { value: "hiring_budget", currency: "EUR" },
    });
    const issues = jobPostingIssues("vacancies", leaky, schema);
    expect(issues.map((issue) => issue.field)).toEqual([
      "SITE.lists.vacancies.jobPosting.identifier",
      "SITE.lists.vacancies.jobPosting.location.region",
      "SITE.lists.vacancies.jobPosting.salary.value",
    ]);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(["not_public"]));
    const text = JSON.stringify(issues);
    for (const name of ["recruiter_email", "internal_region", "hiring_budget"])
      expect(text).not.toContain(name);
    expect(jobPostingIssues("vacancies", mapping, schema)).toEqual([]);
  });
});
