import type { FC } from "hono/jsx";
import type { SiteView } from "../context";

/** The body of an error page (404, 400, 5xx) in the site's language. */
export const ErrorContent: FC<{ view: SiteView; status: number }> = ({ view, status }) => {
  const { t } = view;
  const [title, text] =
    status === 404
      ? [t("notFoundTitle"), t("notFoundText")]
      : status === 400
        ? [t("invalidTitle"), t("invalidText")]
        : [t("errorTitle"), t("errorText")];
  return (
    <section class="caraer-empty" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t("toHome")}</a>
      </p>
    </section>
  );
};

/** The title of an error page, for `<title>`. */
export function errorTitle(view: SiteView, status: number): string {
  return status === 404
    ? view.t("notFoundTitle")
    : status === 400
      ? view.t("invalidTitle")
      : view.t("errorTitle");
}
