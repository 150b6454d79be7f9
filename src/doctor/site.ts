import type { Config } from "../config/config";
import { mappedProperties } from "../seo/job-posting";
import type { Finding } from "./findings";
import { isFinding, publicPropertyOrFinding } from "./properties";
import type { Snapshot } from "./snapshot";

/**
 * Checks `SITE` against the live schema: each site list's slug, summary and
 * JSON-LD mapped properties exist and are public (the slug a string), and a
 * CMS home page has the subdomain it is read with.
 */
export function checkSite(config: Config, snapshot: Snapshot): Finding[] {
  const site = config.SITE;
  if (!site) return [];
  const findings: Finding[] = [];
  if (site.home && !config.CARAER_SUBDOMAIN) {
    findings.push({
      severity: "error",
      code: "site_home_needs_subdomain",
      where: { setting: "SITE.home" },
      message:
        "SITE.home names a CMS page, but CARAER_SUBDOMAIN is not set, so the home page answers 404.",
      fix: "Set CARAER_SUBDOMAIN to the Caraer site's subdomain, or remove SITE.home.",
    });
  }
  for (const [name, shown] of Object.entries(site.lists)) {
    const object = config.LISTS[name]?.object;
    const facts = object === undefined ? undefined : snapshot.objects[object];
    // A missing object or failed index is reported once, on LISTS.
    if (object === undefined || facts?.status !== "ok") continue;
    const lookup = (property: string, setting: string) => {
      const result = publicPropertyOrFinding(facts.properties, object, property, {
        setting,
        list: name,
      });
      if (isFinding(result)) findings.push(result);
      return isFinding(result) ? undefined : result;
    };
    if (shown.slug) {
      const slug = lookup(shown.slug, `SITE.lists.${name}.slug`);
      if (slug && slug.type !== "string") {
        findings.push({
          severity: "error",
          code: "property_type_unsuitable",
          where: { setting: `SITE.lists.${name}.slug`, list: name, property: shown.slug },
          message: `"${shown.slug}" is a ${slug.type} property; a slug must be a string with unique, URL-safe values.`,
          fix: `Set SITE.lists.${name}.slug to a string property, or remove it to use UUIDs in URLs.`,
        });
      }
    }
    for (const property of shown.summary) lookup(property, `SITE.lists.${name}.summary`);
    for (const [path, property] of shown.jobPosting ? mappedProperties(shown.jobPosting) : []) {
      lookup(property, `SITE.lists.${name}.jobPosting.${path}`);
    }
  }
  return findings;
}
