import type {
  Country,
  JobPosting,
  MonetaryAmount,
  Organization,
  Place,
  QuantitativeValue,
  WithContext,
} from "schema-dts";
import { EMPLOYMENT_TYPES, type JobPostingMapping, type Site } from "../config/site";
import type { FieldIssue } from "../http/errors";
import type { PublicSchema } from "../projection/public-schema";
import { type PublicRecord, toIsoTimestamp } from "../projection/record";

/** What a vacancy's `JobPosting` is built from. */
export interface JobPostingInput {
  /** The projected record: public values only. */
  record: PublicRecord;
  /** The public property set of the list's object; a mapped name outside it is never read. */
  schema: PublicSchema;
  mapping: JobPostingMapping;
  organisation: Site["organisation"];
  /** Canonical URL of the vacancy page. */
  url: string;
}

type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * Builds the schema.org `JobPosting` of a vacancy for Google's job search:
 * the required properties (`title`, `description`, `datePosted`,
 * `hiringOrganization`, and `jobLocation` with a country or a remote
 * `jobLocationType` with `applicantLocationRequirements`) and the
 * recommended ones the mapped data has.
 *
 * Values are read only through the public set, so a mapping that names a
 * private property (a configuration error, see {@link jobPostingIssues})
 * contributes nothing. Answers `null` when a required property has no
 * value: an invalid posting only earns Search Console errors.
 */
export function buildJobPosting(input: JobPostingInput): WithContext<JobPosting> | null {
  const { mapping, organisation, record } = input;
  const read = (name: string | undefined): unknown =>
    name !== undefined && input.schema.properties.has(name) ? record.properties[name] : undefined;

  const title = text(read(mapping.title));
  const description = text(read(mapping.description));
  const datePosted = toIsoTimestamp(read(mapping.datePosted));
  const location = place(mapping, read);
  const remote = isTrue(read(mapping.remote));
  const countries = remote ? applicantCountries(mapping, location?.country ?? null) : [];
  const jobLocation = location?.place ?? null;
  if (!title || !description || !datePosted) return null;
  if (!jobLocation && countries.length === 0) return null;

  const posting: WithContext<JobPosting> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    description,
    datePosted,
    hiringOrganization: hiringOrganization(organisation),
    identifier: {
      "@type": "PropertyValue",
      name: organisation.name,
      value: text(read(mapping.identifier)) ?? record.uuid,
    },
    url: input.url,
    directApply: true,
  };
  if (jobLocation) posting.jobLocation = jobLocation;
  if (countries.length > 0) {
    posting.jobLocationType = "TELECOMMUTE";
    posting.applicantLocationRequirements = countries.map(
      (name): Country => ({ "@type": "Country", name }),
    );
  }
  const validThrough = toIsoTimestamp(read(mapping.validThrough));
  if (validThrough) posting.validThrough = validThrough;
  const employmentTypes = employmentTypesOf(read(mapping.employmentType), mapping.employmentTypes);
  if (employmentTypes.length === 1) posting.employmentType = employmentTypes[0];
  else if (employmentTypes.length > 1) posting.employmentType = employmentTypes;
  const baseSalary = salary(mapping, read);
  if (baseSalary) posting.baseSalary = baseSalary;
  return posting;
}

/**
 * Mapped properties that are not in the object's public set, as issues whose
 * `field` is the setting at fault. Messages never name the property: the
 * answer may be public (`/healthz`), and a private property's name is private too.
 */
export function jobPostingIssues(
  list: string,
  mapping: JobPostingMapping,
  schema: PublicSchema,
): FieldIssue[] {
  return mappedProperties(mapping)
    .filter(([, property]) => !schema.properties.has(property))
    .map(([path]) => ({
      field: `SITE.lists.${list}.jobPosting.${path}`,
      code: "not_public",
      message: `maps a property that is not a public property of the list's object; it is left out of the JSON-LD`,
    }));
}

/** Every property name a mapping reads, with the setting path that names it. */
export function mappedProperties(mapping: JobPostingMapping): [string, string][] {
  const entries: [string, string | undefined][] = [
    ["title", mapping.title],
    ["description", mapping.description],
    ["datePosted", mapping.datePosted],
    ["validThrough", mapping.validThrough],
    ["employmentType", mapping.employmentType],
    ["remote", mapping.remote],
    ["identifier", mapping.identifier],
    ...Object.entries(mapping.location ?? {})
      .filter(([key]) => key !== "addressCountry")
      .map(([key, value]): [string, string] => [`location.${key}`, value]),
    ...(["range", "min", "max", "value"] as const).map((key): [string, string | undefined] => [
      `salary.${key}`,
      mapping.salary?.[key],
    ]),
  ];
  return entries.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

function hiringOrganization(organisation: Site["organisation"]): Organization {
  return {
    "@type": "Organization",
    name: organisation.name,
    ...(organisation.website ? { sameAs: organisation.website } : {}),
    ...(organisation.logoUrl ? { logo: organisation.logoUrl } : {}),
  };
}

type Read = (name: string | undefined) => unknown;

/** `jobLocation`: a postal address with at least a country, or nothing. */
function place(mapping: JobPostingMapping, read: Read): { place: Place; country: string } | null {
  const location = mapping.location;
  if (!location) return null;
  const country = text(read(location.country)) ?? location.addressCountry;
  if (!country) return null;
  const parts = {
    streetAddress: text(read(location.streetAddress)),
    addressLocality: text(read(location.locality)),
    addressRegion: text(read(location.region)),
    postalCode: text(read(location.postalCode)),
  };
  return {
    country,
    place: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== null)),
        addressCountry: country,
      },
    },
  };
}

/** Countries applicants of a remote vacancy may live in: configured, else the office's country. */
function applicantCountries(mapping: JobPostingMapping, officeCountry: string | null): string[] {
  if (mapping.applicantCountries.length > 0) return mapping.applicantCountries;
  return officeCountry ? [officeCountry] : [];
}

/**
 * Option names to schema.org employment types: the configured table first,
 * then the option name itself when it already is one (`full_time`, `PART-TIME`).
 * Unknown options are left out rather than guessed.
 */
function employmentTypesOf(
  value: unknown,
  table: Record<string, EmploymentType>,
): EmploymentType[] {
  const options = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [];
  const known = new Set<string>(EMPLOYMENT_TYPES);
  const types = options.flatMap((option) => {
    if (typeof option !== "string" || option.trim() === "") return [];
    const mapped = Object.hasOwn(table, option) ? table[option] : undefined;
    if (mapped) return [mapped];
    const normalised = option
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, "_");
    return known.has(normalised) ? [normalised as EmploymentType] : [];
  });
  return [...new Set(types)];
}

/** `baseSalary` from a `min;max` range property, or min/max/value number properties. */
function salary(mapping: JobPostingMapping, read: Read): MonetaryAmount | null {
  const settings = mapping.salary;
  if (!settings) return null;
  let [min, max] = range(read(settings.range));
  min ??= number(read(settings.min));
  max ??= number(read(settings.max));
  const exact = number(read(settings.value));
  let value: QuantitativeValue;
  if (min !== null && max !== null && min <= max) {
    value = { "@type": "QuantitativeValue", minValue: min, maxValue: max, unitText: settings.unit };
  } else if (exact !== null || min !== null || max !== null) {
    value = {
      "@type": "QuantitativeValue",
      value: (exact ?? min ?? max) as number,
      unitText: settings.unit,
    };
  } else {
    return null;
  }
  return { "@type": "MonetaryAmount", currency: settings.currency, value };
}

/** A Caraer range value: `"min;max"` (either side may be empty) or a `[min, max]` pair. */
function range(value: unknown): [number | null, number | null] {
  const parts = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [];
  if (parts.length !== 2) return [null, null];
  return [number(parts[0]), number(parts[1])];
}

function number(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** A property value as display text: a non-blank string (trimmed) or a finite number. */
export function text(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}
