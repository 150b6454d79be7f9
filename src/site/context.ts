import type { Context } from "hono";
import type { Site, SiteList } from "../config/site";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { sha256Source } from "./csp";
import { LANGUAGE_TAGS, type Translate, translator } from "./i18n";
import { themeCss } from "./theme";

/** Everything a page needs to know about the site, built once per configuration. */
export interface SiteView {
  site: Site;
  /** BCP 47 tag for `<html lang>` and `Intl` formatting. */
  lang: string;
  t: Translate;
  /** The theme's `<style>` text (`""` when unthemed) and its CSP hash. */
  themeCss: string;
  themeHash: string | null;
}

// One view per parsed SITE object: parsing happens once per isolate, so this does too.
const views = new WeakMap<Site, Promise<SiteView>>();

/** The site view, or null when `SITE` is not configured. */
export function siteView(site: Site | undefined): Promise<SiteView> | null {
  if (!site) return null;
  let view = views.get(site);
  if (!view) {
    const css = themeCss(site.theme);
    view = (css ? sha256Source(css) : Promise.resolve(null)).then((hash) => ({
      site,
      lang: LANGUAGE_TAGS[site.locale],
      t: translator(site.locale),
      themeCss: css,
      themeHash: hash,
    }));
    views.set(site, view);
  }
  return view;
}

/** The site view of a request; a site route without `SITE` answers 404 like any unknown route. */
export async function requireSite(c: Context<AppEnv>): Promise<SiteView> {
  const view = siteView(c.get("services").config.SITE);
  if (!view) throw new ApiError("NOT_FOUND", "No such route.");
  return view;
}

/** A list the site shows, with its `LISTS` definition; 404 when the site does not show it. */
export function siteList(c: Context<AppEnv>, view: SiteView, name: string) {
  const shown: SiteList | undefined = view.site.lists[name];
  const list = c.get("services").config.LISTS[name];
  if (!shown || !list) throw new ApiError("NOT_FOUND", "No such list.");
  return { name, shown, list };
}

/** Canonical absolute URL of a site path: always the configured public origin, never the request's host. */
export function canonicalUrl(view: SiteView, path: string): string {
  return `${view.site.origin}${path}`;
}
