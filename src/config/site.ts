import * as z from "zod/v4";
import { CARAER_NAME, HttpUrl, LIST_NAME } from "./patterns";
import { dictionary, integer } from "./structured";

const property = z.string().regex(CARAER_NAME, "must be a Caraer property name");

/** The UI languages of the site's own strings (`src/site/i18n.ts`). */
export const SITE_LOCALES = ["en", "nl"] as const;

/** A UI language of the site. */
export type SiteLocale = (typeof SITE_LOCALES)[number];

/**
 * A CSS value that can only ever be one value: no `;`, braces, angle brackets,
 * quotes-that-escape or comments, so a theme setting cannot close the
 * declaration and inject rules (the theme is written into a `<style>` element).
 */
const cssValue = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^;{}<>\\/*]*$/, "must be a single CSS value (no ; { } < > \\ / *)");

/**
 * Theme of the site as CSS custom properties. Every key is optional; unset
 * ones keep the stylesheet's defaults. Names map to `--caraer-<kebab-name>`.
 */
export const ThemeSchema = z.strictObject({
  /** Links, buttons, focus ring. */
  accent: cssValue.optional(),
  /** Text on the accent colour. */
  accentText: cssValue.optional(),
  background: cssValue.optional(),
  /** Cards and form controls. */
  surface: cssValue.optional(),
  text: cssValue.optional(),
  /** Secondary text. */
  muted: cssValue.optional(),
  border: cssValue.optional(),
  /** A `font-family` list. */
  font: cssValue.optional(),
  /** Corner radius of cards and controls. */
  radius: cssValue.optional(),
});

/** The parsed theme. */
export type Theme = z.infer<typeof ThemeSchema>;

/** schema.org `employmentType` values Google understands. */
export const EMPLOYMENT_TYPES = [
  "FULL_TIME",
  "PART_TIME",
  "CONTRACTOR",
  "TEMPORARY",
  "INTERN",
  "VOLUNTEER",
  "PER_DIEM",
  "OTHER",
] as const;

/** ISO 3166-1 alpha-2 country code. */
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code, e.g. NL");

/**
 * Which public property feeds which field of a vacancy's JSON-LD `JobPosting`.
 * Values are property names of the list's object; only public properties may
 * be mapped, which is checked against Caraer's properties index when a page
 * is rendered (a private one is a configuration error, never rendered).
 */
export const JobPostingMappingSchema = z.strictObject({
  title: property.default("title"),
  description: property.default("description"),
  datePosted: property,
  validThrough: property.optional(),
  /** A select property; its option names map to schema.org values through `employmentTypes`. */
  employmentType: property.optional(),
  /** Option name → schema.org employment type; an option without a mapping is left out. */
  employmentTypes: z.record(z.string(), z.enum(EMPLOYMENT_TYPES)).default({}),
  /** `jobLocation.address`: properties for its parts, and a fixed country when no property holds it. */
  location: z
    .strictObject({
      locality: property.optional(),
      region: property.optional(),
      postalCode: property.optional(),
      streetAddress: property.optional(),
      country: property.optional(),
      addressCountry: countryCode.optional(),
    })
    .optional(),
  /** A checkbox property: when true the posting is `jobLocationType: TELECOMMUTE`. */
  remote: property.optional(),
  /** `applicantLocationRequirements` of remote postings (countries). */
  applicantCountries: z.array(countryCode).default([]),
  /** `baseSalary`: a range property, or min/max/value number properties, with a currency. */
  salary: z
    .strictObject({
      range: property.optional(),
      min: property.optional(),
      max: property.optional(),
      value: property.optional(),
      currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code, e.g. EUR"),
      unit: z.enum(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]).default("MONTH"),
    })
    .optional(),
  /** `identifier.value`; the record UUID when unset. */
  identifier: property.optional(),
});

/** The parsed JSON-LD mapping of one list. */
export type JobPostingMapping = z.infer<typeof JobPostingMappingSchema>;

/** How the site shows one public list of `LISTS`. */
export const SiteListSchema = z.strictObject({
  /** Heading of the list; the list name when unset. */
  title: z.string().min(1).max(120).optional(),
  /** Text above the list. */
  intro: z.string().max(2_000).default(""),
  /** A public property with a unique, URL-safe value used in vacancy URLs; the UUID when unset. */
  slug: property.optional(),
  /** Shown on each result card under its title (e.g. location, employment type, hours). */
  summary: z.array(property).max(6).default([]),
  /** Vacancies of this list on the home page, newest first by the list's default sort. */
  homeCount: integer(0, 20).default(5),
  jobPosting: JobPostingMappingSchema.optional(),
});

/** The parsed site settings of one list. */
export type SiteList = z.infer<typeof SiteListSchema>;

const slug = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,127}$/, "must be a webpage slug");

/**
 * `SITE`: the careers site served at the Worker's root (README "SITE").
 * Unset, every site route answers 404 and only the API is served.
 */
export const SiteSchema = z.strictObject({
  /** The public origin of the site, used for canonical URLs, never the request's host. */
  origin: HttpUrl.refine(
    (url) => new URL(url).pathname === "/" && !/[?#]/.test(url),
    "must be a bare origin",
  ).transform((url) => new URL(url).origin),
  title: z.string().min(1).max(120),
  intro: z.string().max(2_000).default(""),
  organisation: z.strictObject({
    name: z.string().min(1).max(120),
    logoUrl: HttpUrl.optional(),
    website: HttpUrl.optional(),
  }),
  locale: z.enum(SITE_LOCALES).default("en"),
  theme: ThemeSchema.default({}),
  /** Lists of `LISTS` shown by the site, in this order; each must be in `LISTS`. */
  lists: z.record(z.string().regex(LIST_NAME), SiteListSchema).transform(dictionary),
  /** A published Caraer CMS page rendered as the home page instead of the built-in one. */
  home: z.strictObject({ rootSlug: slug, slug }).optional(),
});

/** The parsed `SITE`. */
export type Site = z.infer<typeof SiteSchema>;
