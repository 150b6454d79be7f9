/**
 * The site's `robots.txt`: everything may be crawled except the JSON API and
 * the embeddable fragments (they duplicate the pages, which carry the
 * canonical URLs); the sitemap is named by its canonical URL.
 */
export function buildRobots(origin: string): string {
  return [
    "User-agent: *",
    "Disallow: /v1/",
    "Disallow: /fragments/",
    "Allow: /",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
}
