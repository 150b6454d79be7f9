import { beforeEach, describe, expect, it } from "vitest";
import {
  ARCHIVED_VACANCY_UUID,
  CLOSED_VACANCY_UUID,
  DRAFT_VACANCY_UUID,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../../emulator/src/demo";
import { edge, edgeSettled, edgeWith, emulatorRequests, resetAll } from "../helpers";
import { attributes, texts } from "./html";

beforeEach(resetAll);

const CSP =
  "default-src 'none'; script-src 'none'; style-src 'self' 'sha256-MYih0i6Vj6qn99LyC7ST8WhYgS0vD3T5pJHepQjkaLY='; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

describe("GET / (site home)", () => {
  it("shows the site title, intro and the newest vacancies of each list, with a strict CSP", async () => {
    const response = await edge("/");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    expect(response.headers.get("Content-Security-Policy")).toBe(CSP);
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(await texts(html, "h1")).toEqual(["Careers at Demo"]);
    expect(await texts(html, ".caraer-job h3")).toEqual([
      "Support Engineer",
      "Data Engineer",
      "UX Researcher",
      "Sales Development Representative",
      "Financial Controller",
    ]);
    expect(await attributes(html, 'link[rel="canonical"]', "href")).toEqual([
      "http://localhost:8787/",
    ]);
    expect(await texts(html, ".caraer-section__head a")).toEqual(["All 18 positions"]);
  });
});

describe("GET /jobs/{list}", () => {
  it("renders the list page from the same read as the JSON route, with a search form", async () => {
    const response = await edge("/jobs/vacancies");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(await texts(html, "h1")).toEqual(["Open positions"]);
    expect(await texts(html, "#results-count")).toEqual(["18 positions"]);
    expect((await texts(html, ".caraer-job h3")).length).toBe(10);
    expect(await attributes(html, "form.caraer-search", "method")).toEqual(["get"]);
    expect(await attributes(html, "form.caraer-search", "action")).toEqual(["/jobs/vacancies"]);
    // Every filterable public property has a control; the private status has none.
    expect(html).toContain('name="filter[department]"');
    expect(html).toContain('name="filter[location][contains_flexibly]"');
    // The default operator needs no name; another allowed one is named.
    expect(html).toContain('name="filter[hours]"');
    expect(html).toContain('name="filter[hours][smaller_than_or_equal_to]"');
    expect(html).toContain('name="filter[remote]"');
    expect(html).toContain('name="filter[publish_date]"');
    expect(await texts(html, 'label[for="q"]')).toEqual(["Search positions"]);
    expect(await attributes(html, 'meta[name="robots"]', "content")).toEqual([]);
    expect(await attributes(html, 'a[rel="next"]', "href")).toEqual(["/jobs/vacancies?page=2"]);
    const json = (await (await edge("/v1/lists/vacancies")).json()) as { meta: { total: number } };
    expect(json.meta.total).toBe(18);
  });

  it("redirects a form's empty controls away, to exactly the JSON API's query", async () => {
    const response = await edge(
      "/jobs/vacancies?q=&sort=&filter[department]=engineering&filter[hours][bigger_than_or_equal_to]=",
      { redirect: "manual" },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      "/jobs/vacancies?filter%5Bdepartment%5D=engineering",
    );
  });

  it("filters and searches with the JSON API's query string, and is noindex", async () => {
    const response = await edge("/jobs/vacancies?filter[department]=engineering");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(await texts(html, ".caraer-job h3")).toEqual([
      "Full Stack Developer",
      "DevOps Engineer",
      "Backend Engineer (Java)",
      "Senior Frontend Developer",
    ]);
    expect(await texts(html, "#results-count")).toEqual(["4 positions"]);
    expect(await attributes(html, 'meta[name="robots"]', "content")).toEqual(["noindex, follow"]);
    expect(await attributes(html, 'input[value="engineering"]', "checked")).toEqual([""]);
    expect(await attributes(html, 'link[rel="canonical"]', "href")).toEqual([
      "http://localhost:8787/jobs/vacancies",
    ]);
  });

  it("shows an empty state when nothing matches", async () => {
    const html = await (await edge("/jobs/vacancies?q=zzzz-nothing")).text();
    expect(await texts(html, "#results-count")).toEqual(["0 positions"]);
    expect(await texts(html, ".caraer-empty strong")).toEqual(["No positions match your search."]);
  });

  it("answers the JSON route's 400 as an HTML page for a filter on a private property", async () => {
    const response = await edge("/jobs/vacancies?filter[hiring_budget]=1");
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await texts(html, "h1")).toEqual(["This search cannot be shown"]);
    expect(html).not.toContain("hiring_budget");
  });

  it("answers a 404 page for a list the site does not show", async () => {
    const response = await edge("/jobs/candidates");
    expect(response.status).toBe(404);
    expect(await texts(await response.text(), "h1")).toEqual(["Page not found"]);
  });
});

describe("GET /jobs/{list}/{slug}", () => {
  it("renders a vacancy by its slug: labelled, formatted public values, description and its application form", async () => {
    const response = await edge(`/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toBe(CSP);
    expect(await texts(html, "h1")).toEqual(["Senior Frontend Developer"]);
    expect(await texts(html, ".caraer-props dt")).toEqual([
      "Location",
      "Employment type",
      "Hours per week",
      "Department",
      "Publish date",
      "Remote possible",
      "Salary range",
      "Skills",
      "Tags",
    ]);
    expect(await texts(html, ".caraer-props dd")).toEqual([
      "Amsterdam",
      "Full-time",
      "40",
      "Engineering",
      "12 January 2026",
      "Yes",
      "€5,000 – €6,500",
      "TypeScript, React",
      "Urgent, Tech",
    ]);
    expect(await texts(html, ".caraer-description")).toEqual([
      "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
    ]);
    // The list's application form, rendered in place, posts to the submissions route.
    expect(await attributes(html, ".caraer-apply form", "action")).toEqual([
      "/v1/forms/5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50/submissions?view=page",
    ]);
    expect(await attributes(html, 'link[rel="canonical"]', "href")).toEqual([
      `http://localhost:8787/jobs/vacancies/${OPEN_VACANCY_SLUG}`,
    ]);
  });

  it("redirects a UUID link to the slug URL with 301", async () => {
    const response = await edge(`/jobs/vacancies/${OPEN_VACANCY_UUID.toUpperCase()}`, {
      redirect: "manual",
    });
    expect(response.status).toBe(301);
    expect(response.headers.get("Location")).toBe(`/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
  });

  it("answers a real 404 page for drafts, closed, archived and unknown vacancies, as the JSON route", async () => {
    for (const uuid of [DRAFT_VACANCY_UUID, CLOSED_VACANCY_UUID, ARCHIVED_VACANCY_UUID]) {
      expect((await edge(`/v1/lists/vacancies/${uuid}`)).status).toBe(404);
      const response = await edge(`/jobs/vacancies/${uuid}`);
      expect(response.status).toBe(404);
      expect(await texts(await response.text(), "h1")).toEqual(["Page not found"]);
    }
    for (const slug of ["engineering-manager-amsterdam", "no-such-vacancy"]) {
      const response = await edge(`/jobs/vacancies/${slug}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    }
  });

  it("costs no upstream call once cached, like the cached JSON read", async () => {
    await edgeSettled(`/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    const before = (await emulatorRequests()).length;
    const response = await edgeSettled(`/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Cache")).toBe("HIT");
    expect((await emulatorRequests()).length).toBe(before);
  });
});

describe("locale", () => {
  it("speaks Dutch with locale nl: UI strings, dates and the language tag", async () => {
    const site = JSON.parse(JSON.stringify((await import("cloudflare:workers")).env.SITE));
    const nl = { SITE: { ...site, locale: "nl" } };
    const page = await edgeWith(nl, `/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    const html = await page.text();
    expect(html.startsWith('<!DOCTYPE html><html lang="nl-NL">')).toBe(true);
    expect(await texts(html, ".caraer-back")).toEqual(["Terug naar alle vacatures"]);
    expect(await texts(html, 'dd[data-property="publish_date"]')).toEqual(["12 januari 2026"]);
    const missing = await edgeWith(nl, "/jobs/vacancies/no-such-vacancy");
    expect(await texts(await missing.text(), "h1")).toEqual(["Pagina niet gevonden"]);
  });
});

describe("site routes without SITE", () => {
  it("answer the JSON 404 and leave the API unchanged", async () => {
    for (const path of [
      "/",
      "/jobs/vacancies",
      `/jobs/vacancies/${OPEN_VACANCY_SLUG}`,
      "/fragments/jobs/vacancies",
    ]) {
      const response = await edgeWith({ SITE: "" }, path);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    expect((await edgeWith({ SITE: "" }, "/v1/lists/vacancies")).status).toBe(200);
  });

  it("an unknown path is the site's 404 page with SITE, the JSON envelope under /v1", async () => {
    const page = await edge("/no/such/page");
    expect(page.status).toBe(404);
    expect(await texts(await page.text(), "h1")).toEqual(["Page not found"]);
    const api = await edge("/v1/nothing");
    expect(api.status).toBe(404);
    expect(api.headers.get("Content-Type")).toBe("application/json");
  });
});

describe("GET /fragments/jobs/...", () => {
  it("serves the list markup without <html>, with CORS for allowed origins and an ETag", async () => {
    const response = await edge("/fragments/jobs/vacancies?filter[department]=engineering", {
      headers: { Origin: "http://localhost:3000" },
    });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(
      /^<div class="caraer" lang="en-GB"><link rel="stylesheet" href="http:\/\/localhost:8787\/assets\/jobs\.[0-9a-f]{12}\.css"\/><h1>Open positions<\/h1>/,
    );
    expect(html).not.toContain("<html");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:3000");
    expect(response.headers.get("Vary")).toBe("Origin");
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=86400, stale-if-error=86400",
    );
    const etag = response.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{24}"$/);
    const again = await edge("/fragments/jobs/vacancies?filter[department]=engineering", {
      headers: { Origin: "http://localhost:3000", "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:3000");
  });

  it("pages 18 results as 2 pages whose text reads right without any stylesheet", async () => {
    // A host site that includes the fragment may not load the site's CSS: no hidden text may
    // join the visible numbers (it once read "Page 1 of 21" for 18 results).
    for (const [query, current] of [
      ["", "Page 1 of 2"],
      ["?page=2", "Page 2 of 2"],
    ]) {
      const html = await (await edge(`/fragments/jobs/vacancies${query}`)).text();
      expect(await texts(html, "#results-count")).toEqual(["18 positions"]);
      expect(await texts(html, ".caraer-pages li")).toEqual(["1", "2"]);
      expect(await attributes(html, ".caraer-pages li a", "aria-label")).toEqual([
        "Page 1 of 2",
        "Page 2 of 2",
      ]);
      expect(await attributes(html, '.caraer-pages a[aria-current="page"]', "aria-label")).toEqual([
        current,
      ]);
    }
  });

  it("gives no CORS grant to other origins", async () => {
    const response = await edge("/fragments/jobs/vacancies", {
      headers: { Origin: "https://evil.example" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(null);
  });

  it("serves a vacancy fragment, redirects its UUID, and answers 404 as a fragment", async () => {
    const response = await edge(`/fragments/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html.startsWith('<div class="caraer" lang="en-GB"><article')).toBe(true);
    expect(await texts(html, "h1")).toEqual(["Senior Frontend Developer"]);
    const moved = await edge(`/fragments/jobs/vacancies/${OPEN_VACANCY_UUID}`, {
      redirect: "manual",
    });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe(`/fragments/jobs/vacancies/${OPEN_VACANCY_SLUG}`);
    const missing = await edge(`/fragments/jobs/vacancies/${DRAFT_VACANCY_UUID}`);
    const missingHtml = await missing.text();
    expect(missing.status).toBe(404);
    expect(missingHtml.startsWith('<div class="caraer" lang="en-GB">')).toBe(true);
  });

  it("answers a preflight from an allowed origin with 204", async () => {
    const response = await edge("/fragments/jobs/vacancies", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:3000");
  });
});
