import { describe, expect, it } from "vitest";
import { parseXml } from "../../test/xml";
import { type AtomEntry, buildAtomFeed } from "./atom";

const NS = "http://www.w3.org/2005/Atom";

const entry = (n: number, published: string | null, updated: string): AtomEntry => ({
  id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
  url: `https://jobs.example.com/jobs/vacancies/job-${n}`,
  title: `Job ${n} <&>`,
  summary: n === 2 ? null : `About job ${n}`,
  published,
  updated,
});

const feed = (entries: AtomEntry[]) =>
  buildAtomFeed({
    selfUrl: "https://jobs.example.com/jobs/vacancies/feed.xml",
    listUrl: "https://jobs.example.com/jobs/vacancies",
    title: "Acme careers: Vacancies",
    author: "Acme & Co",
    emptyUpdated: "2026-01-01T00:00:00.000Z",
    entries,
  });

describe("buildAtomFeed", () => {
  it("is well-formed Atom, newest published first, updated from the newest change", () => {
    const xml = feed([
      entry(1, "2026-01-01T00:00:00.000Z", "2026-02-10T00:00:00.000Z"),
      entry(2, null, "2026-01-15T00:00:00.000Z"),
      entry(3, "2026-02-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"),
    ]);
    const document = parseXml(xml);
    const root = document.documentElement;
    expect(root?.namespaceURI).toBe(NS);
    const child = (parent: Element, name: string) => parent.getElementsByTagNameNS(NS, name)[0];
    const entries = Array.from(document.getElementsByTagNameNS(NS, "entry"));
    expect(entries.map((e) => child(e, "title")?.textContent)).toEqual([
      "Job 3 <&>",
      "Job 2 <&>",
      "Job 1 <&>",
    ]);
    expect(entries.map((e) => child(e, "link")?.getAttribute("href"))).toEqual([
      "https://jobs.example.com/jobs/vacancies/job-3",
      "https://jobs.example.com/jobs/vacancies/job-2",
      "https://jobs.example.com/jobs/vacancies/job-1",
    ]);
    expect(entries.map((e) => child(e, "summary")?.textContent ?? null)).toEqual([
      "About job 3",
      null,
      "About job 1",
    ]);
    expect(root?.getElementsByTagNameNS(NS, "updated")[0]?.textContent).toBe(
      "2026-02-10T00:00:00.000Z",
    );
    expect(child(root as Element, "author")?.textContent).toBe("Acme & Co");
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://jobs.example.com/jobs/vacancies/feed.xml"/>',
    );
  });

  it("has an updated time without entries", () => {
    expect(feed([])).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
  });
});
