import { latest } from "./sitemap";
import { XML_DECLARATION, xmlElement } from "./xml";

/** One entry (a vacancy) of an Atom feed. */
export interface AtomEntry {
  /** Permanent identity of the entry, e.g. `urn:uuid:…`: unchanged when its URL changes. */
  id: string;
  /** Canonical URL of the vacancy page. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string | null;
  /** When the vacancy was published (ISO 8601), if known. */
  published: string | null;
  /** When it last changed (ISO 8601). */
  updated: string;
}

/** An Atom feed of a list. */
export interface AtomFeed {
  /** Canonical URL of the feed itself, also its `id`. */
  selfUrl: string;
  /** Canonical URL of the list page the feed follows. */
  listUrl: string;
  title: string;
  /** The feed's author: the hiring organisation. */
  author: string;
  /** `updated` of a feed without entries. */
  emptyUpdated: string;
  entries: readonly AtomEntry[];
}

/** The Atom namespace (RFC 4287). */
const ATOM_NS = "http://www.w3.org/2005/Atom";

/**
 * Serialises an Atom 1.0 feed, newest entry first (by `published`, else
 * `updated`; ties keep their given order). The feed's `updated` is its
 * newest entry's.
 */
export function buildAtomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort(
    (a, b) => Date.parse(b.published ?? b.updated) - Date.parse(a.published ?? a.updated),
  );
  const updated = latest(entries.map((entry) => entry.updated)) ?? feed.emptyUpdated;
  const body = [
    xmlElement("id", {}, { text: feed.selfUrl }),
    xmlElement("title", {}, { text: feed.title }),
    xmlElement("updated", {}, { text: updated }),
    xmlElement("link", { rel: "self", type: "application/atom+xml", href: feed.selfUrl }),
    xmlElement("link", { rel: "alternate", type: "text/html", href: feed.listUrl }),
    xmlElement("author", {}, [xmlElement("name", {}, { text: feed.author })]),
    ...entries.map((entry) =>
      xmlElement("entry", {}, [
        xmlElement("id", {}, { text: entry.id }),
        xmlElement("title", {}, { text: entry.title }),
        xmlElement("link", { rel: "alternate", type: "text/html", href: entry.url }),
        ...(entry.published ? [xmlElement("published", {}, { text: entry.published })] : []),
        xmlElement("updated", {}, { text: entry.updated }),
        ...(entry.summary ? [xmlElement("summary", {}, { text: entry.summary })] : []),
      ]),
    ),
  ];
  return `${XML_DECLARATION}${xmlElement("feed", { xmlns: ATOM_NS }, body)}\n`;
}
