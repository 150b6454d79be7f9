import type { Context } from "hono";
import type { AppEnv } from "../../http/context";
import { type Rendered, sendHtml } from "../respond";
import { loadVacancy, type VacancyData } from "../views/vacancy";

/**
 * Answers the vacancy page or its fragment from the route's `{list}` and
 * `{slug}`: one loader, one UUID-to-slug redirect (301, under the route's
 * own prefix) and one cache and CSP policy; only the wrapper around the
 * vacancy's body differs.
 */
export async function sendVacancy(
  c: Context<AppEnv>,
  params: { list: string; slug: string },
  options: { fragment: boolean; render: (data: VacancyData) => Rendered },
): Promise<Response> {
  const found = await loadVacancy(c, params.list, params.slug);
  if ("redirect" in found) {
    return c.redirect(`${options.fragment ? "/fragments" : ""}${found.redirect}`, 301);
  }
  const { data } = found;
  return sendHtml(c, data.view, () => options.render(data), {
    memo: true,
    freshness: data.list,
    cache: data.cache,
    fragment: options.fragment,
    csp: data.application?.csp,
  });
}
