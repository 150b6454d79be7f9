import { createMiddleware } from "hono/factory";
import type { AppEnv, ErrorPage } from "../http/context";
import { ErrorContent, errorTitle } from "./components/error-page";
import { Document, Fragment } from "./components/layout";
import { siteView } from "./context";
import { isApiPath, isFragmentPath } from "./paths";
import { sendHtml } from "./respond";

/**
 * On every path that is not the API's, while `SITE` is configured, errors are
 * answered as the site's own pages (or fragments) in its language, with the
 * status the JSON route would give: a missing or out-of-scope vacancy is a
 * real 404 page. Without `SITE` nothing changes: the JSON envelope answers.
 */
export const siteErrorPages = createMiddleware<AppEnv>(async (c, next) => {
  const pending = isApiPath(c.req.path) ? null : siteView(c.get("services")?.config.SITE);
  if (pending) {
    const fragment = isFragmentPath(c.req.path);
    const errorPage: ErrorPage = async (context, status) => {
      const view = await pending;
      const content = <ErrorContent view={view} status={status} />;
      return sendHtml(
        context,
        view,
        fragment ? (
          <Fragment view={view}>{content}</Fragment>
        ) : (
          <Document view={view} title={errorTitle(view, status)} noindex>
            {content}
          </Document>
        ),
        { status, fragment },
      );
    };
    c.set("errorPage", errorPage);
  }
  await next();
});
