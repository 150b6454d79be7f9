import type { Context } from "hono";
import type { FC } from "hono/jsx";
import type { ListDefinition } from "../../config/lists";
import type { AppEnv } from "../../http/context";
import { readContext } from "../../services/read-context";
import type { ListContext } from "../components/job-list";
import { Results } from "../components/results";
import { SearchForm } from "../components/search-form";
import { requireSite, siteList } from "../context";
import { formQuery, type ListView, loadListView } from "../data";

/** Everything the list page and the list fragment render. */
export interface ListPageData extends ListContext {
  list: ListDefinition;
  params: URLSearchParams;
  result: ListView;
  /** The list page's path, the form's action and the base of every pager link. */
  action: string;
}

/**
 * Loads a list page from the request: the site's list, the form query
 * (empty controls dropped), and the page from the JSON route's cached reader.
 * An invalid query is the JSON route's 400, answered as the site's error page.
 */
export async function loadListPage(c: Context<AppEnv>, name: string): Promise<ListPageData> {
  const view = await requireSite(c);
  const { shown, list } = siteList(c, view, name);
  const params = formQuery(c.req.url);
  const result = await loadListView(readContext(c), name, list, params);
  return {
    view,
    name,
    shown,
    list,
    schema: result.schema,
    params,
    result,
    action: `/jobs/${name}`,
  };
}

/** The list's heading, intro, search form and results: the page's `<main>` and the fragment. */
export const ListBody: FC<{ data: ListPageData }> = ({ data }) => (
  <>
    <h1>{data.shown.title ?? data.name}</h1>
    {data.shown.intro && <p class="caraer-intro">{data.shown.intro}</p>}
    <div class="caraer-listing">
      <SearchForm {...data} />
      <Results {...data} />
    </div>
  </>
);
