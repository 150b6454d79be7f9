import type { ListQuery } from "@caraer/edge-client";
import type { FormEvent } from "react";
import { edge, LIST } from "./edge";
import { useEdgeRead } from "./load";

/** Locations offered as a filter: the JSON API filters by value, the site decides which to offer. */
const LOCATIONS = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"];

/** The list query for the page's URL: search, two filters, sort and page. */
function listQuery(params: URLSearchParams): ListQuery {
  return {
    limit: "10",
    q: params.get("q") || undefined,
    sort: params.get("sort") || undefined,
    page: params.get("page") || undefined,
    // `filter[prop]=value`: the property's first allowed operator (README, Lists).
    filter: {
      ...(params.get("location") ? { location: params.get("location") ?? "" } : {}),
      ...(params.get("remote") ? { remote: "true" } : {}),
    },
  };
}

interface Props {
  params: URLSearchParams;
  navigate: (next: URLSearchParams) => void;
}

/** The list with search, filters, sort and pages, all kept in the URL. */
export function JobList({ params, navigate }: Props) {
  const query = listQuery(params);
  const list = useEdgeRead(
    (signal) => edge.GET("/v1/lists/{list}", { params: { path: { list: LIST }, query }, signal }),
    JSON.stringify(query),
  );

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") next.set(name, value);
    }
    navigate(next);
  }

  function page(number: number) {
    const next = new URLSearchParams(params);
    next.set("page", String(number));
    navigate(next);
  }

  return (
    <>
      <h1>Open positions</h1>
      <search>
        {/* `key` resets the inputs to the URL's values after back/forward. */}
        <form onSubmit={search} key={params.toString()} className="filters">
          <label>
            Search <input type="search" name="q" defaultValue={params.get("q") ?? ""} />
          </label>
          <label>
            Location{" "}
            <select name="location" defaultValue={params.get("location") ?? ""}>
              <option value="">Anywhere</option>
              {LOCATIONS.map((location) => (
                <option key={location}>{location}</option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              name="remote"
              value="true"
              defaultChecked={params.has("remote")}
            />{" "}
            Remote only
          </label>
          <label>
            Sort{" "}
            <select name="sort" defaultValue={params.get("sort") ?? "-publish_date"}>
              <option value="-publish_date">Newest first</option>
              <option value="title">Title</option>
            </select>
          </label>
          <button type="submit">Search</button>
        </form>
      </search>
      {list.state === "loading" && <p role="status">Loading…</p>}
      {list.state === "failed" && <p role="alert">{list.message}</p>}
      {list.state === "done" && (
        <>
          <p role="status">
            {list.value.meta.total} open position{list.value.meta.total === 1 ? "" : "s"}
          </p>
          <ul className="jobs">
            {list.value.data.map(({ uuid, properties }) => (
              <li key={uuid} className="job">
                <a
                  href={`?vacancy=${uuid}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(new URLSearchParams({ vacancy: uuid }));
                  }}
                >
                  {String(properties.title)}
                </a>
                <p>
                  {[properties.location, properties.employment_type].filter(Boolean).join(" · ")}
                </p>
              </li>
            ))}
          </ul>
          <nav aria-label="Pages">
            {Array.from({ length: list.value.meta.lastPage }, (_, index) => index + 1).map(
              (number) => (
                <button
                  key={number}
                  type="button"
                  aria-current={number === list.value.meta.page ? "page" : undefined}
                  onClick={() => page(number)}
                >
                  {number}
                </button>
              ),
            )}
          </nav>
        </>
      )}
    </>
  );
}
