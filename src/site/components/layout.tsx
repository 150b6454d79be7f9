import { raw } from "hono/html";
import type { Child, FC, PropsWithChildren } from "hono/jsx";
import { ASSETS } from "../assets.gen";
import type { SiteView } from "../context";

/** What a page says about itself in `<head>`. */
export interface PageMeta {
  title: string;
  description?: string | undefined;
  /** Absolute canonical URL (from the configured origin). */
  canonical?: string | undefined;
  /** Search results, filtered lists and errors are not for search engines. */
  noindex?: boolean | undefined;
  /** OpenGraph image. */
  image?: string | undefined;
  /** OpenGraph type: `website` unless said otherwise. */
  type?: string | undefined;
}

/** Props of a full page. */
export interface DocumentProps extends PageMeta {
  view: SiteView;
  /** Extra `<head>` content: structured data (JSON-LD), a form's scripts. */
  head?: Child;
  /** The navigation entry of this page: `home` or a list name. */
  current?: string | undefined;
}

/**
 * A full HTML page of the site: `<head>` from the page's metadata, the skip
 * link, the banner with the site's lists, the page's content as `<main>`,
 * and the footer. Pages and fragments share everything inside `<main>`.
 */
export const Document: FC<PropsWithChildren<DocumentProps>> = (props) => {
  const { view, children } = props;
  const { site, t } = view;
  const title = props.title === site.title ? site.title : `${props.title} | ${site.title}`;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={view.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          {props.description && <meta name="description" content={props.description} />}
          {props.canonical && <link rel="canonical" href={props.canonical} />}
          {props.noindex && <meta name="robots" content="noindex, follow" />}
          <meta property="og:title" content={props.title} />
          <meta property="og:site_name" content={site.title} />
          <meta property="og:type" content={props.type ?? "website"} />
          {props.canonical && <meta property="og:url" content={props.canonical} />}
          {props.description && <meta property="og:description" content={props.description} />}
          {props.image && <meta property="og:image" content={props.image} />}
          {/* No icon request: a site sets its own in the host page or a CMS theme later. */}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={ASSETS["site.css"]} />
          {view.themeCss && <style>{raw(view.themeCss)}</style>}
          {props.head}
        </head>
        <body>
          <a class="caraer-skip" href="#main">
            {t("skipToContent")}
          </a>
          <header class="caraer-header">
            <div class="caraer-header__inner">
              <a
                class="caraer-brand"
                href="/"
                aria-current={props.current === "home" ? "page" : undefined}
              >
                {site.organisation.logoUrl && (
                  <img src={site.organisation.logoUrl} alt="" width="32" height="32" />
                )}
                <span>{site.title}</span>
              </a>
              <nav class="caraer-nav" aria-label={t("mainNavigation")}>
                <ul>
                  {Object.entries(site.lists).map(([name, shown]) => (
                    <li>
                      <a
                        href={`/jobs/${name}`}
                        aria-current={props.current === name ? "page" : undefined}
                      >
                        {shown.title ?? name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" class="caraer-main" tabindex={-1}>
            {children}
          </main>
          <footer class="caraer-footer">
            <div class="caraer-footer__inner">
              <p>
                {site.organisation.website ? (
                  <a href={site.organisation.website}>{site.organisation.name}</a>
                ) : (
                  site.organisation.name
                )}
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
};

/**
 * The root of a fragment: the same markup as inside a page's `<main>`,
 * wrapped so a host site can scope its styles (`.caraer`) and so its
 * language is right whatever the host page's is.
 */
export const Fragment: FC<PropsWithChildren<{ view: SiteView }>> = ({ view, children }) => (
  <div class="caraer" lang={view.lang}>
    {children}
  </div>
);
