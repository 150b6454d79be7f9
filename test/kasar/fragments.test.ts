import { beforeEach, describe, expect, it } from "vitest";
import { KASAR_INTERNAL_MARKER, kasarVacancyId } from "../../emulator/kasar/src/demo";
import { KASAR_APPLICATION_FORM_UUID } from "../../emulator/kasar/src/edge-forms";
import { edge } from "../helpers";
import { attributes, texts } from "../site/html";
import { resetKasar } from "./helpers";

beforeEach(resetKasar);

/** An allowed origin (`ALLOWED_ORIGINS`): the host site embedding the fragments. */
const HOST = "http://localhost:3000";
const OPEN_SLUG = "platform-engineer-remote";

function expectEmbeddable(response: Response) {
  expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe(HOST);
  expect(response.headers.get("Vary")).toBe("Origin");
}

describe("embed fragments on Kasar", () => {
  it("GET /fragments/jobs/{list}: the list markup without <html>, cached, ETagged, CORS for the host", async () => {
    const response = await edge("/fragments/jobs/vacancies", { headers: { Origin: HOST } });
    expect(response.status).toBe(200);
    expectEmbeddable(response);
    expect(response.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=86400, stale-if-error=86400",
    );
    const html = await response.text();
    expect(html).toMatch(
      /^<div class="caraer" lang="en-GB"><link rel="stylesheet" href="http:\/\/localhost:8787\/assets\/jobs\.[0-9a-f]{12}\.css"\/><h1>Open positions<\/h1>/,
    );
    expect(html.includes("<html")).toBe(false);
    expect(html.includes(KASAR_INTERNAL_MARKER)).toBe(false);
    expect(await texts(html, ".caraer-job h3")).toEqual([
      "Platform Engineer",
      "Office Manager",
      "Engineering Manager",
    ]);
    expect(await texts(html, "#results-count")).toEqual(["8 positions"]);
    expect(await attributes(html, ".caraer-pages li a", "aria-label")).toEqual([
      "Page 1 of 3",
      "Page 2 of 3",
      "Page 3 of 3",
    ]);

    const etag = response.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{24}"$/);
    const again = await edge("/fragments/jobs/vacancies", {
      headers: { Origin: HOST, "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    const second = await edge("/fragments/jobs/vacancies?page=2", { headers: { Origin: HOST } });
    expect(await texts(await second.text(), ".caraer-job h3")).toEqual([
      "Data Analyst",
      "Account Executive",
      "Product Designer",
    ]);
  });

  it("GET /fragments/jobs/{list}/{slug}: the vacancy with its form; a UUID redirects, a closed one is a 404 fragment", async () => {
    const response = await edge(`/fragments/jobs/vacancies/${OPEN_SLUG}`, {
      headers: { Origin: HOST },
    });
    expect(response.status).toBe(200);
    expectEmbeddable(response);
    const html = await response.text();
    expect(html.startsWith('<div class="caraer" lang="en-GB"><article')).toBe(true);
    expect(await texts(html, "h1")).toEqual(["Platform Engineer"]);
    expect(await attributes(html, "form.caraer-form", "data-caraer-form")).toEqual([
      KASAR_APPLICATION_FORM_UUID,
    ]);
    expect(await attributes(html, 'input[name="relatedRecordUuid"]', "value")).toEqual([
      kasarVacancyId(11),
    ]);
    expect(html.includes(KASAR_INTERNAL_MARKER)).toBe(false);

    const moved = await edge(`/fragments/jobs/vacancies/${kasarVacancyId(11)}`, {
      redirect: "manual",
    });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe(`/fragments/jobs/vacancies/${OPEN_SLUG}`);
    const closed = await edge(`/fragments/jobs/vacancies/${kasarVacancyId(5)}`);
    expect(closed.status).toBe(404);
    expect((await closed.text()).startsWith('<div class="caraer" lang="en-GB">')).toBe(true);
  });

  it("GET /fragments/forms/{uuid}: the Kasar form without <html>, never cached, CORS for the host", async () => {
    const vacancy = kasarVacancyId(1);
    const response = await edge(
      `/fragments/forms/${KASAR_APPLICATION_FORM_UUID}?vacancy=${vacancy}`,
      { headers: { Origin: HOST } },
    );
    expect(response.status).toBe(200);
    expectEmbeddable(response);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await response.text();
    expect(html).toMatch(
      /^<div class="caraer" lang="en-GB"><link rel="stylesheet" href="http:\/\/localhost:8787\/assets\/forms\.[0-9a-f]{12}\.css"\/><form class="caraer-form" id="caraer-6b000000-form" /,
    );
    expect(html.includes("<html")).toBe(false);
    expect(await texts(html, "h2.caraer-form__title")).toEqual(["Apply for this job"]);
    expect(await attributes(html, "label.caraer-field__label", "for")).toEqual(
      ["first_name", "last_name", "email", "phone", "cv", "motivation", "source", "consent"].map(
        (name) => `caraer-6b000000-${name}`,
      ),
    );
    expect(await attributes(html, 'input[name="relatedRecordUuid"]', "value")).toEqual([vacancy]);
    const closed = await edge(
      `/fragments/forms/${KASAR_APPLICATION_FORM_UUID}?vacancy=${kasarVacancyId(5)}`,
    );
    expect(closed.status).toBe(404);
  });
});
