import { describe, expect, it } from "vitest";
import { elements, firstText, parseXml, texts, XML_NS } from "../../test/xml";
import { type AtomEntry, buildAtomFeed } from "./atom";

const NS = XML_NS.atom;

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
    expect(document.documentElement?.namespaceURI).toBe(NS);
    const entries = elements(document, NS, "entry");
    expect(entries.map((e) => firstText(e, NS, "title"))).toEqual([
      "Job 3 <&>",
      "Job 2 <&>",
      "Job 1 <&>",
    ]);
    expect(entries.map((e) => elements(e, NS, "link")[0]?.getAttribute("href"))).toEqual([
      "https://jobs.example.com/jobs/vacancies/job-3",
      "https://jobs.example.com/jobs/vacancies/job-2",
      "https://jobs.example.com/jobs/vacancies/job-1",
    ]);
    expect(entries.map((e) => firstText(e, NS, "summary"))).toEqual([
      "About job 3",
      null,
      "About job 1",
    ]);
    expect(texts(document, NS, "updated")[0]).toBe("2026-02-10T00:00:00.000Z");
    expect(firstText(document, NS, "author")).toBe("Acme & Co");
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://jobs.example.com/jobs/vacancies/feed.xml"/>',
    );
  });

  it("has an updated time without entries", () => {
    expect(feed([])).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
  });
});
