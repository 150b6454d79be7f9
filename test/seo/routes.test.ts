import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_COMPANY_UUID, OPEN_VACANCY_SLUG, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { caraerApi, edge, edgeSettled, edgeWith, emulatorRequests, resetAll } from "../helpers";
import type { ErrorBody } from "../reads/fixtures";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import { elements, firstText, parseXml, texts, XML_NS } from "../xml";
import { jsonLdBlocks, ORIGIN, openVacancies, vacancyUrl } from "./support";

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

/** The demo `SITE` (wrangler.toml) with settings replaced. */
const demoSite = env.SITE as unknown as Record<string, unknown> & {
  lists: { vacancies: Record<string, unknown> & { jobPosting: Record<string, unknown> } };
};

describe("GET /robots.txt", () => {
  it("allows the site, keeps crawlers off the API and fragments, and names the canonical sitemap", async () => {
    const response = await edge("/robots.txt", { headers: { Host: "evil.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=UTF-8");
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=3600, stale-while-revalidate=86400, stale-if-error=86400",
    );
    expect(await response.text()).toBe(
      `User-agent: *\nDisallow: /v1/\nDisallow: /fragments/\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    );
    const etag = response.headers.get("ETag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await edge("/robots.txt", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });
});

describe("GET /sitemap.xml", () => {
  it("lists the home, the list page and every open vacancy by canonical URL, lastmod from updatedAt", async () => {
    const response = await edgeSettled("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=UTF-8");
    expect(response.headers.get("X-Cache")).toBe("MISS");
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=86400, stale-if-error=86400",
    );
    const document = parseXml(await response.text());
    const open = openVacancies();
    const newest = [...open].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.updatedAt;
    const urls = elements(document, XML_NS.sitemap, "url").map((url) => ({
      loc: firstText(url, XML_NS.sitemap, "loc"),
      lastmod: firstText(url, XML_NS.sitemap, "lastmod"),
    }));
    expect(urls).toEqual([
      { loc: `${ORIGIN}/`, lastmod: newest },
      { loc: `${ORIGIN}/jobs/vacancies`, lastmod: newest },
      ...open.map((vacancy) => ({ loc: vacancyUrl(vacancy.slug), lastmod: vacancy.updatedAt })),
    ]);
    // One exact entry, independent of the seed helper: the demo's open vacancy.
    expect(urls).toContainEqual({
      loc: `${ORIGIN}/jobs/vacancies/${OPEN_VACANCY_SLUG}`,
      lastmod: "2025-03-03T09:00:00.000Z",
    });
    expect(urls).toHaveLength(20);
  });

  it("is served from the cached list reads: a second request costs Caraer nothing and can be revalidated", async () => {
    const first = await edgeSettled("/sitemap.xml");
    const body = await first.text();
    const before = (await emulatorRequests()).length;
    const second = await edgeSettled("/sitemap.xml");
    expect(second.status).toBe(200);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(await second.text()).toBe(body);
    expect((await emulatorRequests()).length).toBe(before);
    const etag = second.headers.get("ETag");
    expect(etag).toBe(first.headers.get("ETag"));
    const revalidated = await edge("/sitemap.xml", { headers: { "If-None-Match": etag ?? "" } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("ETag")).toBe(etag);
  });

  it("uses the configured origin whatever the request's host", async () => {
    const response = await edge("/sitemap.xml", {
      headers: { Host: "attacker.example", "X-Forwarded-Host": "attacker.example" },
    });
    const locs = texts(parseXml(await response.text()), XML_NS.sitemap, "loc");
    expect(locs.every((loc) => loc.startsWith(`${ORIGIN}/`))).toBe(true);
  });
});

describe("GET /jobs/{list}/feed.xml", () => {
  it("is an Atom feed of the open vacancies, newest first, with canonical links", async () => {
    const response = await edgeSettled("/jobs/vacancies/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=UTF-8");
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=86400, stale-if-error=86400",
    );
    expect(response.headers.get("ETag")).toMatch(/^"[\w-]+"$/);
    const document = parseXml(await response.text());
    const NS = XML_NS.atom;
    expect(document.documentElement?.namespaceURI).toBe(NS);
    expect(texts(document, NS, "id")[0]).toBe(`${ORIGIN}/jobs/vacancies/feed.xml`);
    expect(texts(document, NS, "title")[0]).toBe("Careers at Demo: Open positions");
    const open = openVacancies();
    const entries = elements(document, NS, "entry").map((entry) => ({
      id: firstText(entry, NS, "id"),
      title: firstText(entry, NS, "title"),
      link: elements(entry, NS, "link")[0]?.getAttribute("href"),
      published: firstText(entry, NS, "published"),
      updated: firstText(entry, NS, "updated"),
    }));
    expect(entries).toEqual(
      open.map((vacancy) => ({
        id: `urn:uuid:${vacancy.uuid}`,
        title: vacancy.title,
        link: vacancyUrl(vacancy.slug),
        published: vacancy.published,
        updated: vacancy.updatedAt,
      })),
    );
    expect(entries[0]).toMatchObject({
      title: "Support Engineer",
      published: "2026-03-06T00:00:00.000Z",
    });
  });

  it("sorts the upstream read by the mapped date when the list may sort on it", async () => {
    await edgeSettled("/jobs/vacancies/feed.xml");
    const [sent] = await emulatorRequests({ method: "POST", path: "/api/v2/records/index" });
    const body = (sent?.body ?? {}) as { sort?: unknown; limit?: unknown };
    expect(body.sort).toEqual([
      { object: "vacancy", relation: null, property: "publish_date", direction: "DESC" },
    ]);
    expect(body.limit).toBe(50);
  });

  it("answers a list the site does not show with a 404 page", async () => {
    const response = await edge("/jobs/candidates/feed.xml");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
  });
});

describe("without SITE", () => {
  it("the sitemap, robots and feed routes answer 404 in the JSON envelope", async () => {
    for (const path of ["/sitemap.xml", "/robots.txt", "/jobs/vacancies/feed.xml"]) {
      const response = await edgeWith({ SITE: "" }, path);
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("application/json");
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("NOT_FOUND");
    }
  });
});

describe("a vacancy page's JSON-LD", () => {
  it("is one JobPosting with the required and recommended properties of the demo mapping", async () => {
    const response = await edge(`/jobs/vacancies/${OPEN_VACANCY_SLUG}`, {
      headers: { Host: "attacker.example" },
    });
    expect(response.status).toBe(200);
    expect(await jsonLdBlocks(response)).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        title: "Senior Frontend Developer",
        description:
          "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
        datePosted: "2026-01-12T00:00:00.000Z",
        hiringOrganization: {
          "@type": "Organization",
          name: "Demo",
          sameAs: "https://demo.example.com",
        },
        identifier: { "@type": "PropertyValue", name: "Demo", value: OPEN_VACANCY_SLUG },
        url: `${ORIGIN}/jobs/vacancies/${OPEN_VACANCY_SLUG}`,
        directApply: true,
        jobLocation: {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "Amsterdam", addressCountry: "NL" },
        },
        jobLocationType: "TELECOMMUTE",
        applicantLocationRequirements: [{ "@type": "Country", name: "NL" }],
        employmentType: "FULL_TIME",
        baseSalary: {
          "@type": "MonetaryAmount",
          currency: "EUR",
          value: {
            "@type": "QuantitativeValue",
            minValue: 5000,
            maxValue: 6500,
            unitText: "MONTH",
          },
        },
      },
    ]);
  });

  it("leaves out a mapped private property, logs the error once, and /healthz reports the setting", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const SITE = {
      ...demoSite,
      lists: {
        vacancies: {
          ...demoSite.lists.vacancies,
          jobPosting: {
            ...demoSite.lists.vacancies.jobPosting,
            identifier: "recruiter_email",
            salary: { value: "hiring_budget", currency: "EUR", unit: "YEAR" },
          },
        },
      },
    };
    const page = await edgeWith({ SITE }, `/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    expect(page.status).toBe(200);
    const html = await page.clone().text();
    for (const secret of [
      "talent.demo-internal.example",
      "92000",
      "recruiter_email",
      "hiring_budget",
    ])
      expect(html).not.toContain(secret);
    const [posting] = (await jsonLdBlocks(page)) as Record<string, unknown>[];
    expect(posting?.identifier).toEqual({
      "@type": "PropertyValue",
      name: "Demo",
      value: OPEN_VACANCY_UUID,
    });
    expect(posting).not.toHaveProperty("baseSalary");
    const logged = errors.mock.calls
      .map(([line]) => JSON.parse(String(line)) as Record<string, unknown>)
      .filter((line) => line.event === "site.jobposting_not_public");
    expect(logged).toEqual([
      expect.objectContaining({
        level: "error",
        list: "vacancies",
        fields: [
          "SITE.lists.vacancies.jobPosting.identifier",
          "SITE.lists.vacancies.jobPosting.salary.value",
        ],
        properties: { identifier: "recruiter_email", "salary.value": "hiring_budget" },
      }),
    ]);
    await edgeWith({ SITE }, `/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    expect(
      errors.mock.calls.filter(([line]) => String(line).includes("jobposting_not_public")),
    ).toHaveLength(1);

    const health = await edgeWith({ SITE }, "/healthz");
    expect(health.status).toBe(500);
    const body = (await health.json()) as ErrorBody;
    expect(body.error.code).toBe("CONFIG_INVALID");
    expect(body.error.issues?.map((issue) => [issue.field, issue.code])).toEqual([
      ["SITE.lists.vacancies.jobPosting.identifier", "not_public"],
      ["SITE.lists.vacancies.jobPosting.salary.value", "not_public"],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/recruiter_email|hiring_budget/);
    expect((await edge("/healthz")).status).toBe(200);
  });
});

describe("a vacancy that leaves the list", () => {
  it("leaves the sitemap and the feed once the webhook invalidates the list", async () => {
    const locs = async () =>
      texts(parseXml(await (await edgeSettled("/sitemap.xml")).text()), XML_NS.sitemap, "loc");
    const links = async () =>
      elements(
        parseXml(await (await edgeSettled("/jobs/vacancies/feed.xml")).text()),
        XML_NS.atom,
        "entry",
      ).map((entry) => elements(entry, XML_NS.atom, "link")[0]?.getAttribute("href"));
    const url = vacancyUrl(OPEN_VACANCY_SLUG);
    expect(await locs()).toContain(url);
    expect(await links()).toContain(url);

    const closed = await caraerApi(`/records/vacancy/${OPEN_VACANCY_UUID}`, {
      method: "PUT",
      body: JSON.stringify({ properties: { status_vacancy: "closed" } }),
    });
    expect(closed.status).toBe(200);
    // Cached until the list refreshes or a webhook arrives.
    expect(await locs()).toContain(url);
    expect(await links()).toContain(url);

    const hook = await edgeSettled("/v1/hooks/caraer", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${TEST_WEBHOOK_SECRET}`,
      },
      body: JSON.stringify({
        event: { type: "Updated", timestamp: 1767225600000, correlationId: "c-seo" },
        record: { record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy", properties: {} } },
        companyUuid: DEMO_COMPANY_UUID,
      }),
    });
    expect(hook.status).toBe(200);
    const after = await locs();
    expect(after).not.toContain(url);
    expect(after).toHaveLength(19);
    const feed = await links();
    expect(feed).not.toContain(url);
    expect(feed).toHaveLength(17);
  });
});
