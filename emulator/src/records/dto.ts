import { invalid } from "../errors";
import { RECORD_FORMATS } from "../ours";
import { objectByName, readableProperties } from "../schema";
import type { PropertyDef, StoredRecord, StoredValue } from "../types";
import { parsedValue, rawValue } from "../values/read";

/** How records are rendered: `recordReturnFormat`, `parse`, and the `show` projection. */
export interface RecordView {
  format: (typeof RECORD_FORMATS)[number];
  parse: boolean;
  /** The properties to include; all readable ones when absent. */
  show?: PropertyDef[];
}

/** One value in a record response. */
export type OutValue = StoredValue | string | number | null;

/** Caraer's Record DTO. */
export interface RecordDto {
  uuid: string;
  primary_object: string;
  morph_objects: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
  properties:
    | { name: string; label: string; type: string; value: OutValue }[]
    | Record<string, OutValue>;
}

/** Reads `recordReturnFormat` and `parse` from the query string. [ours] Only "true" enables parse. */
export function viewFromQuery(get: (key: string) => string | undefined): RecordView {
  const format = (get("recordReturnFormat") ?? "LEGACY").toUpperCase();
  if (!(RECORD_FORMATS as readonly string[]).includes(format)) {
    throw invalid(
      "INVALID_VALUE",
      `recordReturnFormat '${format}' is not supported by the emulator`,
      `Use one of: ${RECORD_FORMATS.join(", ")}.`,
    );
  }
  return { format: format as RecordView["format"], parse: get("parse") === "true" };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Renders a record for an API token: nonPublic values never appear. */
export function recordDto(record: StoredRecord, view: RecordView): RecordDto {
  const object = objectByName(record.object);
  const props = view.show ?? (object ? readableProperties(object) : []);
  const values = props.map((def) => {
    const raw = rawValue(record, def);
    return { def, value: view.parse ? parsedValue(def, raw) : raw };
  });
  return {
    uuid: record.uuid,
    primary_object: record.object,
    morph_objects: [...record.morphObjects],
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    ...(record.deletedAt === null ? {} : { deletedAt: iso(record.deletedAt) }),
    properties:
      view.format === "USER_FRIENDLY"
        ? Object.fromEntries(values.map(({ def, value }) => [def.name, value]))
        : values.map(({ def, value }) => ({
            name: def.name,
            label: def.label,
            type: def.type,
            value,
          })),
  };
}
