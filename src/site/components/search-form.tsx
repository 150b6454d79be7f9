import type { FC } from "hono/jsx";
import type { ListDefinition } from "../../config/lists";
import { searchable } from "../../reads/list-query";
import { propertyLabel } from "../format";
import { FilterControl } from "./filter-controls";
import type { ListContext } from "./job-list";

/**
 * The list's search form: a plain GET form to the list page whose query
 * string is the JSON API's (`q`, `filter[prop]`, `sort`), so it works without
 * JavaScript and its URLs can be shared and cached. Only the list's
 * `filterable`, `sortable` and `searchable` properties that are public appear.
 */
export const SearchForm: FC<
  ListContext & { list: ListDefinition; params: URLSearchParams; action: string }
> = (props) => {
  const { view, schema, list, params, action } = props;
  const { t } = view;
  const filters = Object.entries(list.filterable).flatMap(([name, allowed]) => {
    const property = schema.properties.get(name);
    return property ? [{ property, allowed }] : [];
  });
  const sortable = list.sortable.flatMap((name) => {
    const property = schema.properties.get(name);
    return property ? [property] : [];
  });
  const sort = params.get("sort") ?? "";
  const canSearch = searchable(list, schema).length > 0;
  return (
    <search aria-label={t("searchRegion")}>
      <form class="caraer-search" method="get" action={action}>
        {canSearch && (
          <div class="caraer-field">
            <label for="q">{t("searchLabel")}</label>
            <div class="caraer-search__query">
              <input
                type="search"
                id="q"
                name="q"
                value={params.get("q") ?? ""}
                placeholder={t("searchPlaceholder")}
                maxlength={200}
              />
              <button type="submit" class="caraer-button">
                {t("search")}
              </button>
            </div>
          </div>
        )}
        {filters.length > 0 && (
          <fieldset class="caraer-filters">
            <legend>{t("filters")}</legend>
            {filters.map(({ property, allowed }) => (
              <FilterControl property={property} allowed={allowed} params={params} t={t} />
            ))}
          </fieldset>
        )}
        {sortable.length > 0 && (
          <div class="caraer-field">
            <label for="sort">{t("sortBy")}</label>
            <select id="sort" name="sort">
              <option value="">{t("sortDefault")}</option>
              {sortable.flatMap((property) => [
                <option value={`-${property.name}`} selected={sort === `-${property.name}`}>
                  {t("descending", { label: propertyLabel(property) })}
                </option>,
                <option value={property.name} selected={sort === property.name}>
                  {t("ascending", { label: propertyLabel(property) })}
                </option>,
              ])}
            </select>
          </div>
        )}
        <div class="caraer-actions">
          <button type="submit" class="caraer-button">
            {t("applyFilters")}
          </button>
          <a href={action}>{t("clearFilters")}</a>
        </div>
      </form>
    </search>
  );
};
