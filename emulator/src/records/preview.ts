import { boundProperty, objectByName, type PropertyDto, propertyDto } from "../schema";
import { PREVIEWS } from "../seed/previews";
import { liveUrl, publishedPageOf } from "../site";
import type { PreviewCellDef, StoredRecord } from "../types";
import { parsedValue, rawValue } from "../values/read";
import type { OutValue } from "./dto";

/** One cell of a PreviewDTO. */
export interface PreviewCell {
  property?: PropertyDto;
  text?: string;
  value?: OutValue;
  buttonText?: string;
  buttonUrl?: string;
  settings?: Record<string, unknown>;
}

/** Caraer's PreviewDTO: the template filled with one record's values, styling fields spread in. */
export type PreviewDto = {
  uuid: string;
  name: string;
  recordUuid: string;
  url: string | null;
  grid: PreviewCell[][];
} & Record<string, unknown>;

/** Fills `{{property}}` placeholders with the record's readable raw values. */
function fill(template: string, record: StoredRecord): string {
  const object = objectByName(record.object);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const bound = object && boundProperty(object, name);
    if (!bound || bound.def.nonPublic) return "";
    const value = rawValue(record, bound.def);
    return value === null ? "" : encodeURIComponent(String(value));
  });
}

function renderCell(
  cell: PreviewCellDef,
  record: StoredRecord,
  parse: boolean,
): PreviewCell | null {
  const settings = cell.settings ? { settings: { ...cell.settings } } : {};
  if ("buttonText" in cell)
    return { buttonText: cell.buttonText, buttonUrl: fill(cell.buttonUrl, record), ...settings };
  if ("text" in cell) return { text: cell.text, ...settings };
  const object = objectByName(record.object);
  const bound = object && boundProperty(object, cell.property);
  // nonPublic values never reach a token caller, not even through a preview.
  if (!bound || bound.def.nonPublic) return null;
  const raw = rawValue(record, bound.def);
  return {
    property: propertyDto(bound.def, bound.attached),
    value: parse ? parsedValue(bound.def, raw) : raw,
    ...settings,
  };
}

/** The named preview of a record's object filled with the record, or undefined when the object has none. */
export function previewDto(
  record: StoredRecord,
  name: string,
  parse: boolean,
): PreviewDto | undefined {
  const def = PREVIEWS.find((p) => p.object === record.object && p.name === name);
  if (!def) return undefined;
  const page = publishedPageOf(record.uuid);
  return {
    uuid: def.uuid,
    name: def.name,
    recordUuid: record.uuid,
    url: page ? liveUrl(page) : null,
    ...def.styling,
    grid: def.grid
      .map((row) => row.flatMap((cell) => renderCell(cell, record, parse) ?? []))
      .filter((row) => row.length > 0),
  };
}
