import { readableProperties } from "../schema";
import type { ObjectDef } from "../types";
import { parsedValue, rawValue } from "../values/read";
import type { RecordPredicate } from "./compile";

/**
 * The free-text `query`: a case-insensitive substring of any readable property
 * value. [ours] Both the raw value (option names, ms) and the parsed one
 * (labels, ISO dates) are searched. Returns null for an empty query.
 */
export function compileSearch(
  main: ObjectDef,
  query: string | null | undefined,
): RecordPredicate | null {
  const needle = query?.trim().toLowerCase();
  if (!needle) return null;
  const props = readableProperties(main);
  return (record) =>
    props.some((def) => {
      const raw = rawValue(record, def);
      if (raw === null) return false;
      const texts = [
        Array.isArray(raw) ? raw.join(" ") : String(raw),
        String(parsedValue(def, raw)),
      ];
      return texts.some((t) => t.toLowerCase().includes(needle));
    });
}
