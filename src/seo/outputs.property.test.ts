import fc from "fast-check";
import { jsx } from "hono/jsx";
import { describe, expect, it } from "vitest";
import { ListSchema } from "../config/lists";
import { JobPostingMappingSchema, type SiteList, SiteSchema } from "../config/site";
import { publicProperties, toPublicSchema } from "../projection/public-schema";
import { projectRecord } from "../projection/record";
import { JobList } from "../site/components/job-list";
import { Document } from "../site/components/layout";
import { canonicalUrl, siteView } from "../site/context";
import { vacancyPath } from "../site/data";
import { renderText } from "../site/respond";
import { JsonLd } from "../site/structured-data";
import { VacancyBody, type VacancyData } from "../site/views/vacancy";
import { PropertySchema, RecordSchema } from "../upstream/schemas";
import { buildAtomFeed } from "./atom";
import { feedEntry } from "./feed-entry";
import { buildJobPosting } from "./job-posting";
import { serializeJsonLd } from "./json-ld";
import { buildSitemap } from "./sitemap";

// The pattern of test/reads/projection.property.test.ts, carried to what the
// careers site renders: random property sets with random visibility flags,
// private values that are distinctive markers, and a site configuration that
// maps, summarises and slugs by any property, private ones included (the
// worst an operator can write). No private name, label or value may reach a
// vacancy page, a list page, the JSON-LD, the feed or the sitemap.

const TYPES = ["string", "number", "date", "checkbox", "single-select", "range", "tag"];

interface GeneratedProperty {
  dto: Record<string, unknown>;
  name: string;
  isPublic: boolean;
  secret: string;
}

// `fNN_` prefixes are unique and the rest has no digits or `_`, so no name is
// part of another, and a name found in a page is that property's.
const schemaArb = fc
  .uniqueArray(
    fc.record({
      name: fc.stringMatching(/^[a-z]{3,8}$/),
      type: fc.constantFrom(...TYPES),
      webpagePublic: fc.option(fc.boolean(), { nil: undefined }),
      nonPublic: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { selector: (property) => property.name, minLength: 1, maxLength: 10 },
  )
  .map((properties) =>
    properties.map((property, index): GeneratedProperty => {
      const name = `f${String(index).padStart(2, "0")}_${property.name}`;
      const isPublic = property.webpagePublic === true && property.nonPublic !== true;
      const dto: Record<string, unknown> = {
        uuid: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
        name,
        label: isPublic ? `Label ${name}` : `PRIVATE-LABEL-${name}`,
        type: property.type,
        format: { name: property.type },
        options: [{ name: `opt_${name}`, label: isPublic ? "Option" : `PRIVATE-OPTION-${name}` }],
      };
      if (property.webpagePublic !== undefined) dto.webpagePublic = property.webpagePublic;
      if (property.nonPublic !== undefined) dto.nonPublic = property.nonPublic;
      return { dto, name, isPublic, secret: `SECRET-${index}-${name}` };
    }),
  );

const clean = (text: string) => text.replace(/SECRET|PRIVATE|f\d\d_/gi, "");
const publicValueArb = fc.oneof(
  fc.string({ maxLength: 20 }).map(clean),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/).map(clean),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant("1200;3400"),
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }),
);

/** A site configuration that names any property anywhere it can. */
const configArb = (generated: GeneratedProperty[]) => {
  const names = generated.map((property) => property.name);
  const any = fc.constantFrom(...names);
  const maybe = fc.option(any, { nil: undefined });
  return fc.record({
    slug: maybe,
    summary: fc.subarray(names, { maxLength: Math.min(6, names.length) }),
    mapping: fc.record({
      title: any,
      description: any,
      datePosted: any,
      validThrough: maybe,
      employmentType: maybe,
      remote: maybe,
      identifier: maybe,
      location: fc.record({
        locality: maybe,
        region: maybe,
        country: maybe,
        addressCountry: fc.constant("NL"),
      }),
      salary: fc.record({
        range: maybe,
        min: maybe,
        max: maybe,
        value: maybe,
        currency: fc.constant("EUR"),
      }),
    }),
  });
};

const caseArb = schemaArb.chain((generated) =>
  fc.tuple(
    fc.constant(generated),
    fc.tuple(...generated.map(() => publicValueArb)),
    configArb(generated),
    fc.boolean(),
  ),
);

const site = SiteSchema.parse({
  origin: "https://jobs.example.com",
  title: "Careers",
  organisation: { name: "Acme" },
  lists: {},
});

function assertNoPrivateData(text: string, generated: GeneratedProperty[]): void {
  for (const property of generated) {
    if (property.isPublic) continue;
    expect(text).not.toContain(property.name);
    expect(text).not.toContain(property.secret);
    expect(text).not.toContain("PRIVATE-");
  }
}

describe("site outputs (property-based)", () => {
  it("no private property name, label or value reaches a vacancy page, list page, JSON-LD, feed or sitemap", async () => {
    const view = await siteView(site);
    if (!view) throw new Error("no site view");
    await fc.assert(
      fc.asyncProperty(caseArb, async ([generated, publicValues, config, legacy]) => {
        const schema = toPublicSchema(
          "thing",
          publicProperties(generated.map((property) => PropertySchema.parse(property.dto))),
        );
        const values = generated.map(
          (property, index) =>
            [property.name, property.isPublic ? publicValues[index] : property.secret] as const,
        );
        const privateOne = generated.find((property) => !property.isPublic);
        const record = projectRecord(
          RecordSchema.parse({
            uuid: "30000000-0000-4000-8000-000000000001",
            updatedAt: privateOne?.secret ?? "2026-01-01T00:00:00Z",
            properties: legacy
              ? values.map(([name, value]) => ({ name, label: name, type: "string", value }))
              : Object.fromEntries(values),
            ...Object.fromEntries(
              generated.map((property) => [`extra_${property.name}`, property.secret]),
            ),
          }),
          schema,
        );
        const mapping = JobPostingMappingSchema.parse(config.mapping);
        const shown: SiteList = {
          intro: "",
          homeCount: 5,
          summary: config.summary,
          slug: config.slug,
          jobPosting: mapping,
        };
        const url = canonicalUrl(view, vacancyPath("jobs", record, shown.slug));

        const posting = buildJobPosting({
          record,
          schema,
          mapping,
          organisation: site.organisation,
          url,
        });
        const jsonLd = serializeJsonLd(posting);
        const feed = buildAtomFeed({
          selfUrl: `${site.origin}/jobs/jobs/feed.xml`,
          listUrl: `${site.origin}/jobs/jobs`,
          title: "Careers: Jobs",
          author: site.organisation.name,
          emptyUpdated: "2026-01-01T00:00:00.000Z",
          entries: [feedEntry(record, url, mapping, "2026-01-01T00:00:00.000Z")],
        });
        const sitemap = buildSitemap([{ loc: url, lastmod: record.updatedAt ?? null }]);
        const data: VacancyData = {
          view,
          name: "jobs",
          shown,
          schema,
          list: ListSchema.parse({ object: "thing" }),
          record,
          cache: "HIT",
          formUuid: null,
          application: null,
          canonical: url,
        };
        // What the vacancy route renders (src/site/routes/vacancy.tsx), without JSX in a .ts test.
        const page = await renderText(
          jsx(
            Document,
            {
              view,
              title: "Vacancy",
              canonical: url,
              head: posting ? jsx(JsonLd, { data: posting }) : null,
            },
            jsx(VacancyBody, { data }),
          ),
        );
        const listPage = await renderText(
          jsx(JobList, { view, name: "jobs", shown, schema, records: [record], headingLevel: 2 }),
        );
        for (const output of [jsonLd, feed, sitemap, page, listPage])
          assertNoPrivateData(output, generated);
      }),
      { numRuns: 200 },
    );
  });
});
