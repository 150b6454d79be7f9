import type { Context } from "hono";
import type { FC } from "hono/jsx";
import type { CacheState } from "../../cache/entry";
import { ANY_FORM } from "../../config/forms";
import type { ListDefinition } from "../../config/lists";
import type { AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { PublicRecord } from "../../projection/record";
import { loadPublicSchema } from "../../reads/public-schema";
import { readRecord } from "../../reads/records";
import { readRecordBySlug } from "../../reads/slugs";
import { readContext } from "../../services/read-context";
import { type ListContext, recordTitle, titleProperty, valueFormat } from "../components/job-list";
import { canonicalUrl, requireSite, siteList } from "../context";
import type { CspSources } from "../csp";
import { slugOf, vacancyPath } from "../data";
import { formatValue, propertyLabel } from "../format";
import { FormView } from "../forms/form";
import { loadVacancyForm } from "../forms/load";
import type { FormViewProps } from "../forms/view-props";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything a vacancy page and fragment render. */
export interface VacancyData extends ListContext {
  list: ListDefinition;
  record: PublicRecord;
  cache: CacheState;
  /** The form that applications for this list go to (its `FORMS` relation names the list). */
  formUuid: string | null;
  /** That form rendered on the page (src/site/forms), when it could be loaded. */
  application: { form: FormViewProps; csp: CspSources } | null;
  canonical: string;
}

/** A vacancy to show, or where its canonical URL is. */
export type VacancyLookup = { redirect: string } | { data: VacancyData };

/**
 * Finds a vacancy by its public slug, or by UUID, through the same cached,
 * scoped readers as `GET /v1/lists/{list}/{uuid}`: outside the list's scope
 * or missing is a 404 exactly as there. A UUID link to a vacancy that has a
 * slug answers where its slug URL is (the route redirects with 301).
 */
export async function loadVacancy(
  c: Context<AppEnv>,
  name: string,
  slug: string,
): Promise<VacancyLookup> {
  const view = await requireSite(c);
  const { shown, list } = siteList(c, view, name);
  const ctx = readContext(c);
  const byUuid = UUID.test(slug);
  const cached = byUuid
    ? await readRecord(ctx, name, list, slug.toLowerCase())
    : shown.slug
      ? await readRecordBySlug(ctx, name, list, shown.slug, slug)
      : null;
  if (!cached) throw new ApiError("NOT_FOUND", "No such record.");
  const record = (JSON.parse(cached.body) as { data: PublicRecord }).data;
  const path = vacancyPath(name, record, shown.slug);
  if (byUuid && slugOf(record, shown.slug)) return { redirect: path };
  const schema = await loadPublicSchema(ctx, list);
  const forms = c.get("services").config.FORMS;
  const formUuid =
    Object.entries(forms).find(
      ([uuid, settings]) => uuid !== ANY_FORM && settings.relation?.list === name,
    )?.[0] ?? null;
  const application = formUuid
    ? await loadVacancyForm(c, formUuid, { uuid: record.uuid, title: recordTitle(record, shown) })
    : null;
  return {
    data: {
      application,
      view,
      name,
      shown,
      list,
      schema,
      record,
      cache: cached.state,
      formUuid,
      canonical: canonicalUrl(view, path),
    },
  };
}

/** The property holding a vacancy's description text. */
function descriptionProperty(data: VacancyData): string {
  return data.shown.jobPosting?.description ?? "description";
}

/** The vacancy's description as plain text, for the page and its meta description. */
export function descriptionOf(data: VacancyData): string | null {
  const value = data.record.properties[descriptionProperty(data)];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** Every shown public property except title, description and slug: the list's summary first. */
function facts(data: VacancyData) {
  const skip = new Set([titleProperty(data.shown), descriptionProperty(data), data.shown.slug]);
  const names = [...new Set([...data.shown.summary, ...data.schema.properties.keys()])];
  const format = valueFormat(data.view, data.shown);
  return names.flatMap((name) => {
    const property = data.schema.properties.get(name);
    if (!property || skip.has(name)) return [];
    const text = formatValue(property, data.record.properties[name], format);
    return text ? [{ name, label: propertyLabel(property), text }] : [];
  });
}

/**
 * How to apply. Until forms render on the server, a link to the list's
 * application form page; the embeddable form replaces this section.
 */
export const ApplySection: FC<{ data: VacancyData }> = ({ data }) => {
  const { t } = data.view;
  if (!data.formUuid || data.application) return null;
  return (
    <section class="caraer-card caraer-apply" id="apply" aria-labelledby="apply-title">
      <h2 id="apply-title">{t("apply")}</h2>
      <p>{t("applyIntro")}</p>
      <a class="caraer-button" href={`/forms/${data.formUuid}?vacancy=${data.record.uuid}`}>
        {t("applyNow")}
      </a>
    </section>
  );
};

/** The vacancy: title, description, facts and how to apply. The page's `<main>` and the fragment. */
export const VacancyBody: FC<{ data: VacancyData }> = ({ data }) => {
  const { t } = data.view;
  const description = descriptionOf(data);
  const shownFacts = facts(data);
  return (
    <article class="caraer-vacancy-page">
      <a class="caraer-back" href={`/jobs/${data.name}`}>
        {t("backToList")}
      </a>
      <h1>{recordTitle(data.record, data.shown)}</h1>
      {/* Description, details, then the form: the order on a phone; a desktop puts the details beside both. */}
      <div class="caraer-vacancy">
        {description && (
          <section
            class="caraer-card caraer-vacancy__description"
            aria-labelledby="description-title"
          >
            <h2 id="description-title">{t("description")}</h2>
            <p class="caraer-description">{description}</p>
          </section>
        )}
        <div class="caraer-vacancy__aside">
          {shownFacts.length > 0 && (
            <section class="caraer-card" aria-labelledby="details-title">
              <h2 id="details-title">{t("details")}</h2>
              <dl class="caraer-props">
                {shownFacts.map((fact) => (
                  <>
                    <dt>{fact.label}</dt>
                    <dd data-property={fact.name}>{fact.text}</dd>
                  </>
                ))}
              </dl>
            </section>
          )}
          <ApplySection data={data} />
        </div>
        {data.application && (
          <section class="caraer-card caraer-apply caraer-vacancy__form" id="apply">
            <FormView {...data.application.form} />
          </section>
        )}
      </div>
    </article>
  );
};
