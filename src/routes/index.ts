import type { App } from "../http/context";
import { registerFormPageRoutes } from "../site/forms/routes";
import { registerSiteRoutes } from "../site/routes";
import { registerAdminRoutes } from "./admin";
import { registerFormDefinitionRoute } from "./forms/definition";
import { registerFormOptionsRoute } from "./forms/options";
import { registerSubmissionStatusRoute } from "./forms/status";
import { registerSubmissionRoute } from "./forms/submissions";
import { registerThankYouRoute } from "./forms/thank-you";
import { registerFormUploadsRoute } from "./forms/uploads";
import { registerHealth } from "./health";
import { registerCaraerHookRoute } from "./hooks/caraer";
import { registerListRoute } from "./lists/list";
import { registerPreviewRoute } from "./lists/preview";
import { registerRecordRoute } from "./lists/record";
import { registerPageRoute } from "./pages/page";
import { registerFeedRoute } from "./seo/feed";
import { registerRobotsRoute } from "./seo/robots";
import { registerSitemapRoute } from "./seo/sitemap";

/**
 * Registers every public route. Each route lives in its own module with a
 * `register` function, so this list is the table of contents of the API.
 */
export function registerRoutes(app: App): void {
  registerHealth(app);
  registerListRoute(app);
  registerRecordRoute(app);
  registerPreviewRoute(app);
  registerPageRoute(app);
  registerCaraerHookRoute(app);
  registerFormDefinitionRoute(app);
  registerFormOptionsRoute(app);
  registerFormUploadsRoute(app);
  registerSubmissionRoute(app);
  registerSubmissionStatusRoute(app);
  registerThankYouRoute(app);
  registerAdminRoutes(app);
  registerSitemapRoute(app);
  registerRobotsRoute(app);
  // Before the site's vacancy route, whose `/jobs/{list}/{slug}` would claim `feed.xml`.
  registerFeedRoute(app);
  registerSiteRoutes(app);
  registerFormPageRoutes(app);
}
