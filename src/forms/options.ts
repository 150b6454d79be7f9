import type { CachedBody } from "../cache/entry";
import { canonicalQuery, kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import { describeError } from "../observability/log";
import type { ReadContext } from "../services/read-context";
import { UpstreamError } from "../upstream/errors";
import type { FormDefinition } from "./definition";
import { type Field, SELECTABLE } from "./fields";
import type { ServedForm } from "./served";

/** A page of a field's options as `GET /v1/forms/{formUuid}/options/{propertyUuid}` answers it. */
export interface OptionsPageBody {
  data: {
    name: string;
    label: string;
    icon: string | null;
    color: string | null;
    disabled: boolean;
  }[];
  meta: { page: number; limit: number; total: number; lastPage: number };
}

/** Which page of options: search text (may be empty), page from 1, page size. */
export interface OptionsPageQuery {
  q: string;
  page: number;
  limit: number;
}

/** The largest page the options route serves, and the one a form renders and validates with. */
export const MAX_OPTIONS_PAGE = 100;

/** Whether a field takes option names that the options route may be asked for. */
export function hasOptionsRoute(field: Field): boolean {
  return !field.hidden && SELECTABLE.has(field.type);
}

/**
 * Reads a page of a form field's options through the KV cache (fresh, stale
 * while refreshed, then Caraer's public options route). The one way to a
 * field's options: the JSON route, the rendered form and the submission check
 * share its cache entries. `null` when Caraer does not know the property.
 */
export async function readFieldOptions(
  ctx: ReadContext,
  served: ServedForm,
  field: Field,
  query: OptionsPageQuery,
): Promise<CachedBody | null> {
  const { q, page, limit } = query;
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.formOptions(
      served.uuid,
      field.propertyUuid,
      canonicalQuery([
        ["q", q],
        ["page", String(page)],
        ["limit", String(limit)],
      ]),
    ),
    ttl: served.settings.optionsTtl,
    staleTtl: served.settings.optionsStaleTtl,
    waitUntil: ctx.waitUntil,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("form_options.refresh_failed", { form: served.uuid, ...describeError(error) }),
    load: async (): Promise<OptionsPageBody | null> => {
      const result = await ctx.forms.fieldOptions(field.propertyUuid, {
        ...(q ? { query: q } : {}),
        page,
        limit,
      });
      return (
        result && {
          data: result.data.map((option) => ({
            name: option.name,
            label: option.label ?? option.name,
            icon: option.icon ?? null,
            color: option.color ?? null,
            disabled: option.disabled === true,
          })),
          meta: {
            page: result.page,
            limit: result.perPage,
            total: result.total,
            lastPage: result.lastPage,
          },
        }
      );
    },
  });
}

/**
 * The definition with the options of every visible select or tag field that
 * Caraer sent without inline options filled in from the first page of the
 * options route ({@link MAX_OPTIONS_PAGE} options), so the rendered form and the
 * edge's check of a submission offer and accept the same names. A field whose
 * options cannot be read now keeps none (logged): the form still renders.
 */
export async function withRouteOptions(
  ctx: ReadContext,
  served: ServedForm,
  definition: FormDefinition,
): Promise<FormDefinition> {
  if (!definition.fields.some((field) => hasOptionsRoute(field) && field.options.length === 0)) {
    return definition;
  }
  const fields = await Promise.all(
    definition.fields.map(async (field): Promise<Field> => {
      if (!hasOptionsRoute(field) || field.options.length > 0) return field;
      try {
        const cached = await readFieldOptions(ctx, served, field, {
          q: "",
          page: 1,
          limit: MAX_OPTIONS_PAGE,
        });
        if (!cached) return field;
        const body = JSON.parse(cached.body) as OptionsPageBody;
        const options = body.data
          .filter((option) => !option.disabled)
          .map(({ name, label, icon, color }) => ({ name, label, icon, color }));
        return { ...field, options };
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        ctx.log.warn("form_options.unavailable", {
          form: served.uuid,
          property: field.propertyUuid,
          ...describeError(error),
        });
        return field;
      }
    }),
  );
  return { ...definition, fields };
}
