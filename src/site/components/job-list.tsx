import type { FC } from "hono/jsx";
import type { SiteList } from "../../config/site";
import type { PublicSchema } from "../../projection/public-schema";
import type { PublicRecord } from "../../projection/record";
import type { SiteView } from "../context";
import { vacancyPath } from "../data";
import { formatValue, propertyLabel, type ValueFormat } from "../format";

/** Property types whose values mean nothing on a card without their label. */
const LABELLED_TYPES = new Set(["number", "date", "range", "checkbox"]);

/** What every list rendering needs. */
export interface ListContext {
  view: SiteView;
  name: string;
  shown: SiteList;
  schema: PublicSchema;
}

/** The property holding a record's title: the JSON-LD mapping's, else `title`. */
export function titleProperty(shown: SiteList): string {
  return shown.jobPosting?.title ?? "title";
}

/** How values of a list are formatted. */
export function valueFormat(view: SiteView, shown: SiteList): ValueFormat {
  return { lang: view.lang, t: view.t, currency: shown.jobPosting?.salary?.currency };
}

/** A record's title as text; its UUID when it has none. */
export function recordTitle(record: PublicRecord, shown: SiteList): string {
  const title = record.properties[titleProperty(shown)];
  return typeof title === "string" && title.trim() !== "" ? title : record.uuid;
}

/** One result: the title as a link to the vacancy page, and the list's summary values. */
const JobCard: FC<ListContext & { record: PublicRecord; headingLevel: 2 | 3 }> = (props) => {
  const { record, shown, schema, name } = props;
  const format = valueFormat(props.view, shown);
  const facts = shown.summary.flatMap((property) => {
    const definition = schema.properties.get(property);
    const value = definition ? formatValue(definition, record.properties[property], format) : null;
    if (!definition || !value) return [];
    // Options and text speak for themselves; a bare number or date needs its label.
    const labelled = LABELLED_TYPES.has(definition.type);
    return [{ property, text: labelled ? `${propertyLabel(definition)}: ${value}` : value }];
  });
  const link = <a href={vacancyPath(name, record, shown.slug)}>{recordTitle(record, shown)}</a>;
  return (
    <li class="caraer-job">
      {props.headingLevel === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
      {facts.length > 0 && (
        <ul class="caraer-facts">
          {facts.map((fact) => (
            <li data-property={fact.property}>{fact.text}</li>
          ))}
        </ul>
      )}
    </li>
  );
};

/** A list of result cards. */
export const JobList: FC<ListContext & { records: PublicRecord[]; headingLevel?: 2 | 3 }> = (
  props,
) => (
  <ol class="caraer-jobs">
    {props.records.map((record) => (
      <JobCard {...props} record={record} headingLevel={props.headingLevel ?? 3} />
    ))}
  </ol>
);
