import type { App } from "../../http/context";
import { registerHomeRoute } from "./home";
import { registerSiteListRoute } from "./list";
import { registerListFragmentRoute } from "./list-fragment";
import { registerCmsPageRoute } from "./page";
import { registerVacancyRoute } from "./vacancy";
import { registerVacancyFragmentRoute } from "./vacancy-fragment";

/**
 * Registers the careers site's HTML routes. Routes with a fixed last segment
 * under `/jobs/{list}/` (a feed) must be registered before the vacancy route,
 * whose `{slug}` would otherwise claim them.
 */
export function registerSiteRoutes(app: App): void {
  registerHomeRoute(app);
  registerSiteListRoute(app);
  registerVacancyRoute(app);
  registerCmsPageRoute(app);
  registerListFragmentRoute(app);
  registerVacancyFragmentRoute(app);
}
