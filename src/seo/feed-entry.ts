import type { JobPostingMapping } from "../config/site";
import { type PublicRecord, toIsoTimestamp } from "../projection/record";
import type { AtomEntry } from "./atom";
import { text } from "./job-posting";

/**
 * A vacancy as an Atom entry: its title and description (the list's JSON-LD
 * mapping's properties, else `title` and `description`), published at the
 * mapped `datePosted`, updated at the record's `updatedAt` (else when it was
 * published, else `fallbackUpdated`). The record is projected, so only public
 * values can be read here.
 */
export function feedEntry(
  record: PublicRecord,
  url: string,
  mapping: JobPostingMapping | undefined,
  fallbackUpdated: string,
): AtomEntry {
  const published = mapping ? toIsoTimestamp(record.properties[mapping.datePosted]) : null;
  return {
    id: `urn:uuid:${record.uuid}`,
    url,
    title: text(record.properties[mapping?.title ?? "title"]) ?? record.uuid,
    summary: text(record.properties[mapping?.description ?? "description"]),
    published,
    updated: record.updatedAt ?? published ?? fallbackUpdated,
  };
}
