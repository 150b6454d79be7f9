import * as z from "zod/v4";
import { invalid, notFound } from "../errors";
import { compileFilter } from "../filter/compile";
import { compileSearch } from "../filter/search";
import { compileSort } from "../filter/sort";
import { type PageEnvelope, paginate, pagingFields } from "../respond";
import { objectByName } from "../schema";
import { db } from "../store";
import { type RecordDto, type RecordView, recordDto } from "./dto";
import { edgesOf, isOf } from "./relations";
import { resolveShow } from "./show";

const nullableString = z.string().nullish();

/** The body of `POST /records/index`. */
export const IndexBody = z.object({
  mainObject: z.string().min(1),
  ...pagingFields,
  query: nullableString,
  filter: z
    .object({
      groups: z.array(
        z.object({
          items: z.array(
            z.object({
              object: nullableString,
              relation: nullableString,
              property: nullableString,
              operator: nullableString,
              value: z.unknown().optional(),
              relationIncluded: z.boolean().nullish(),
            }),
          ),
        }),
      ),
    })
    .nullish(),
  show: z
    .array(z.object({ object: nullableString, relation: nullableString, property: z.string() }))
    .nullish(),
  sort: z
    .array(
      z.object({
        object: nullableString,
        relation: nullableString,
        property: z.string(),
        direction: nullableString,
      }),
    )
    .nullish(),
});

/** The query-string options of `POST /records/index`. */
export interface IndexOptions {
  archived: boolean;
  relatedRecordUuid: string | null;
  view: RecordView;
}

/**
 * Runs a records/index request: object, archived state, filter (or the
 * relatedRecordUuid shortcut), search, sort, page, projection. Everything is
 * validated before any record is looked at.
 */
export function queryRecords(
  body: z.output<typeof IndexBody>,
  options: IndexOptions,
): PageEnvelope<RecordDto> {
  const main = objectByName(body.mainObject);
  if (!main) {
    throw invalid(
      "VALIDATION",
      `Unknown mainObject '${body.mainObject}'`,
      "Use an object name such as vacancy.",
    );
  }
  const filter = compileFilter(main, body.filter);
  const search = compileSearch(main, body.query);
  const compare = compileSort(main, body.sort);
  const show = resolveShow(main, body.show);
  let related: Set<string> | null = null;
  if (options.relatedRecordUuid !== null && filter === null) {
    const anchor = options.relatedRecordUuid;
    if (!db().records.has(anchor)) throw notFound(`Record ${anchor}`);
    related = new Set(edgesOf(anchor).map((e) => (e.from === anchor ? e.to : e.from)));
  }
  const rows = [...db().records.values()]
    .filter((r) => isOf(r, main.name))
    .filter((r) => (options.archived ? r.deletedAt !== null : r.deletedAt === null))
    .filter((r) => related === null || related.has(r.uuid))
    .filter((r) => filter === null || filter(r))
    .filter((r) => search === null || search(r))
    .sort(compare);
  const page = paginate("Records fetched", rows, body.page, body.limit);
  const view = show === undefined ? options.view : { ...options.view, show };
  return { ...page, data: page.data.map((r) => recordDto(r, view)) };
}
