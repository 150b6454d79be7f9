import { describe, expect, it } from "vitest";
import { parseXml, texts, XML_NS } from "../../test/xml";
import { buildRobots } from "./robots";
import { buildSitemap, latest } from "./sitemap";

const NS = XML_NS.sitemap;

describe("buildSitemap", () => {
  it("lists each URL once, escaped, with lastmod when known", () => {
    const xml = buildSitemap([
      { loc: "https://jobs.example.com/", lastmod: "2026-02-01T10:00:00.000Z" },
      { loc: "https://jobs.example.com/jobs/a?x=1&y=2" },
      { loc: "https://jobs.example.com/", lastmod: "1999-01-01T00:00:00.000Z" },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<urlset xmlns="${NS}">` +
        "<url><loc>https://jobs.example.com/</loc><lastmod>2026-02-01T10:00:00.000Z</lastmod></url>" +
        "<url><loc>https://jobs.example.com/jobs/a?x=1&amp;y=2</loc></url>" +
        "</urlset>\n",
    );
    const document = parseXml(xml);
    const locs = texts(document, NS, "loc");
    expect(locs).toEqual(["https://jobs.example.com/", "https://jobs.example.com/jobs/a?x=1&y=2"]);
  });

  it("writes an empty urlset when there is nothing to list", () => {
    expect(buildSitemap([])).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}"/>\n`,
    );
  });
});

describe("latest", () => {
  it("picks the newest timestamp and ignores missing ones", () => {
    expect(latest([null, "2026-01-02T00:00:00.000Z", undefined, "2026-03-01T00:00:00.000Z"])).toBe(
      "2026-03-01T00:00:00.000Z",
    );
    expect(latest([])).toBeNull();
  });
});

describe("buildRobots", () => {
  it("points to the canonical sitemap and keeps crawlers off the API and fragments", () => {
    expect(buildRobots("https://jobs.example.com")).toBe(
      "User-agent: *\nDisallow: /v1/\nDisallow: /fragments/\nAllow: /\n\nSitemap: https://jobs.example.com/sitemap.xml\n",
    );
  });
});
