// The job list: the search form's fields become `GET /v1/lists/{list}`'s
// query (`q`, `filter[location]`, `filter[remote]`, `sort`, `page`), kept in
// this page's URL so links, reloads and back/forward work.
import { display, EDGE, EdgeError, edgeJson, el, LIST } from "./edge.js";

const form = document.getElementById("search");
const list = document.getElementById("jobs");
const status = document.getElementById("status");
const pages = document.getElementById("pages");

/** The edge's list query for this page's URL. */
function listQuery(params) {
  const query = new URLSearchParams({ limit: "10" });
  for (const name of ["q", "sort", "page"]) if (params.get(name)) query.set(name, params.get(name));
  // `filter[prop]=value` uses the property's first allowed operator (README, Lists).
  for (const name of ["location", "remote"]) {
    if (params.get(name)) query.set(`filter[${name}]`, params.get(name));
  }
  return query;
}

async function show(params) {
  for (const [name, value] of params) {
    const field = form.elements.namedItem(name);
    if (field?.type === "checkbox") field.checked = value === field.value;
    else if (field) field.value = value;
  }
  status.textContent = "Loading…";
  try {
    const { data, meta } = await edgeJson(`/v1/lists/${LIST}?${listQuery(params)}`);
    status.textContent = `${meta.total} open position${meta.total === 1 ? "" : "s"}`;
    list.replaceChildren(
      ...data.map(({ uuid, properties }) =>
        el(
          "li",
          { class: "job" },
          el("a", { href: `/vacancy.html?uuid=${uuid}` }, properties.title),
          el(
            "p",
            {},
            [properties.location, display("employment_type", properties.employment_type)]
              .filter(Boolean)
              .join(" · "),
          ),
        ),
      ),
    );
    pages.replaceChildren(
      ...Array.from({ length: meta.lastPage }, (_, index) => {
        const page = index + 1;
        const target = new URLSearchParams(params);
        target.set("page", String(page));
        return el(
          "a",
          { href: `?${target}`, "aria-current": page === meta.page ? "page" : null },
          String(page),
        );
      }),
    );
  } catch (error) {
    list.replaceChildren();
    pages.replaceChildren();
    // 400 names the bad parameter in `issues`; anything else: the edge is unreachable or busy.
    status.textContent =
      error instanceof EdgeError
        ? `${error.message} ${error.issues.map((issue) => issue.message).join(" ")}`
        : `The jobs could not be loaded from ${EDGE}. Try again later.`;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) params.set(name, String(value));
  history.pushState(null, "", `?${params}`);
  show(params);
});
window.addEventListener("popstate", () => show(new URLSearchParams(location.search)));
show(new URLSearchParams(location.search));
