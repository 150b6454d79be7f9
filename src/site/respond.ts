import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type CacheState, computeEtag } from "../cache/entry";
import type { AppEnv } from "../http/context";
import type { Freshness } from "../reads/respond";
import type { SiteView } from "./context";
import { type CspSources, contentSecurityPolicy } from "./csp";
import { pageMemo } from "./memo";

/** Something hono/jsx rendered: a string, or a promise of one for async components. */
export type Rendered = { toString(): string | Promise<string> } | string;

/** How an HTML answer is cached and guarded. */
export interface HtmlOptions {
  status?: ContentfulStatusCode;
  /** Freshness of the data it was rendered from; absent means not cacheable (errors). */
  freshness?: Freshness;
  /** Cache state of the read it was rendered from, reported in `X-Cache`. */
  cache?: CacheState;
  /** Sources beyond the site's defaults (scripts of a form, for instance). */
  csp?: CspSources;
  /** A fragment is embedded by other sites' servers: CORS applies, framing rules do not matter. */
  fragment?: boolean;
  /**
   * The page is a pure function of its cached reads, path and configuration:
   * keep the rendered bytes in isolate memory and answer again from them
   * (`src/site/memo.ts`). Never for pages with per-render content (a form's key).
   */
  memo?: boolean;
}

/** Renders hono/jsx output to its final text. */
export async function renderText(rendered: Rendered): Promise<string> {
  return String(await rendered.toString());
}

/**
 * Sends rendered HTML like the JSON reads send their bodies: a strong `ETag`
 * of the bytes (Hono's `etag()` turns a matching `If-None-Match` into 304),
 * `Cache-Control` with the freshness of the data behind it, `X-Cache`, and a
 * strict Content-Security-Policy allowing exactly the theme's inline style.
 * With `memo`, `rendered` is best a function: a page the memo holds is not
 * rendered again, only its headers are set.
 */
export async function sendHtml(
  c: Context<AppEnv>,
  view: SiteView,
  rendered: Rendered | (() => Rendered),
  options: HtmlOptions = {},
): Promise<Response> {
  const memo = options.memo && options.freshness ? pageMemo(c) : undefined;
  let page = memo?.get();
  if (page) c.header("Server-Timing", "html;desc=memo");
  else {
    const html = await renderText(typeof rendered === "function" ? rendered() : rendered);
    page = { html, etag: options.freshness ? await computeEtag(html) : "" };
    memo?.set(page);
  }
  c.header("Content-Type", "text/html; charset=UTF-8");
  c.header(
    "Content-Security-Policy",
    contentSecurityPolicy({
      ...options.csp,
      styleHashes: [
        ...(view.themeHash && !options.fragment ? [view.themeHash] : []),
        ...(options.csp?.styleHashes ?? []),
      ],
    }),
  );
  if (options.freshness) {
    const { ttl, staleTtl } = options.freshness;
    c.header("ETag", page.etag);
    c.header(
      "Cache-Control",
      `public, max-age=${ttl}, stale-while-revalidate=${staleTtl}, stale-if-error=${staleTtl}`,
    );
  } else {
    c.header("Cache-Control", "no-store");
  }
  if (options.cache) c.header("X-Cache", options.cache);
  return c.body(page.html, options.status ?? 200);
}
