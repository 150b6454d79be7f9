import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import type { JobPosting, WithContext } from "schema-dts";
import type { Logger } from "../observability/log";
import { buildJobPosting } from "../seo/job-posting";
import { serializeJsonLd } from "../seo/json-ld";
import { reportMappingIssues } from "../seo/mapping-health";
import type { VacancyData } from "./views/vacancy";

/**
 * The schema.org `JobPosting` of a vacancy page (`src/seo/job-posting.ts`),
 * or null when the list has no `jobPosting` mapping or the vacancy lacks a
 * required value. Filled from the list's mapping, public values only
 * (`data.record` is projected and `data.schema` is the public set); a mapping
 * that names a non-public property is logged once and that field left out.
 */
export function jobPostingJsonLd(data: VacancyData, log: Logger): WithContext<JobPosting> | null {
  const mapping = data.shown.jobPosting;
  if (!mapping) return null;
  reportMappingIssues(log, data.name, mapping, data.schema);
  return buildJobPosting({
    record: data.record,
    schema: data.schema,
    mapping,
    organisation: data.view.site.organisation,
    url: data.canonical,
  });
}

/**
 * A JSON-LD block, serialised so no value can close the element or open
 * markup (`src/seo/json-ld.ts`). The block is data, not script, so the CSP's
 * `script-src` does not apply to it.
 */
export const JsonLd: FC<{ data: object }> = ({ data }) => (
  <script type="application/ld+json">{raw(serializeJsonLd(data))}</script>
);
