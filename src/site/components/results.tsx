import type { FC } from "hono/jsx";
import type { SiteView } from "../context";
import { type ListView, withPage } from "../data";
import { JobList, type ListContext } from "./job-list";

/** Page numbers around the current one, with the first and last always reachable. */
function pageWindow(page: number, last: number): number[] {
  const pages = new Set([1, last, page - 1, page, page + 1]);
  return [...pages].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
}

/** Previous, numbered and next links; every link keeps the query and changes only `page`. */
export const Pager: FC<{
  view: SiteView;
  action: string;
  params: URLSearchParams;
  page: number;
  last: number;
}> = (props) => {
  const { view, action, params, page, last } = props;
  const { t } = view;
  if (last <= 1) return null;
  return (
    <nav class="caraer-pages" aria-label={t("pagination")}>
      {page > 1 && (
        <a href={`${action}${withPage(params, page - 1)}`} rel="prev">
          {t("previous")}
        </a>
      )}
      <ul>
        {pageWindow(page, last).map((n) => (
          <li>
            {/* Every number is a link whose label says "Page n of last"; the current one is marked,
                not spelled out in hidden text, so the fragment reads right even without the stylesheet. */}
            <a
              href={`${action}${withPage(params, n)}`}
              aria-label={t("pageOf", { page: n, pages: last })}
              aria-current={n === page ? "page" : undefined}
            >
              {n}
            </a>
          </li>
        ))}
      </ul>
      {page < last && (
        <a href={`${action}${withPage(params, page + 1)}`} rel="next">
          {t("next")}
        </a>
      )}
    </nav>
  );
};

/** The result count, the results (or the empty state) and the pager of a list page. */
export const Results: FC<
  ListContext & { result: ListView; params: URLSearchParams; action: string }
> = (props) => {
  const { view, result, params, action } = props;
  const { t } = view;
  const total = result.meta.total;
  return (
    <section class="caraer-results" aria-labelledby="results-count">
      <div class="caraer-summary">
        <h2 id="results-count" class="caraer-count" aria-live="polite">
          {total === 1 ? t("resultsOne") : t("results", { count: total })}
        </h2>
      </div>
      {result.records.length > 0 ? (
        <JobList {...props} records={result.records} />
      ) : (
        <div class="caraer-empty">
          <p>
            <strong>{t("resultsNone")}</strong>
          </p>
          <p>{t("resultsNoneHint")}</p>
          <p>
            <a href={action}>{t("clearFilters")}</a>
          </p>
        </div>
      )}
      <Pager
        view={view}
        action={action}
        params={params}
        page={result.meta.page}
        last={result.meta.lastPage}
      />
    </section>
  );
};
