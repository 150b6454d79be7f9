import * as z from "zod/v4";
import type { Config } from "../config/config";
import { ANY_FORM } from "../config/forms";
import type { RouteClass } from "../config/rate-limits";
import { MULTIPART_OVERHEAD, TEXT_BODY_LIMIT } from "../forms/limits";
import { ListNameParam, NameParam, SlugParam, UuidParam } from "../routes/schemas";
import type { BodyRule } from "./body";
import type { ParamShape } from "./path-params";

/** The protections of one public route (or family of routes), by path pattern. */
export interface RouteGuard {
  /** Hono path pattern; parameters named as here, whatever the route calls them. */
  path: string;
  methods: readonly string[];
  /** Shapes of the path parameters, checked before anything else looks at them. */
  params?: ParamShape;
  /** Refuse a browser `Origin` not in `ALLOWED_ORIGINS` (403). */
  origin?: boolean;
  body?: BodyRule;
  /** The rate-limited class; strict classes are counted per `form` parameter. */
  limit?: RouteClass;
  /**
   * A parameter that must name an own entry of a configuration map, else 404
   * with `message`, as the route itself answers. An own-key check, so a name
   * like `constructor` can never select something inherited from
   * `Object.prototype` further down.
   */
  known?: { param: string; entries: (config: Config) => object; message: string };
}

/** Largest JSON or URL-encoded body: a form's values, a webhook, an operator command. */
export const JSON_BODY_LIMIT = TEXT_BODY_LIMIT;

/**
 * Largest multipart body to a form: all the files one upload may carry under
 * the form's `uploads` settings, plus room for part headers and text fields.
 * A form that is not served gets the JSON limit; its route answers 404 anyway.
 */
export function multipartLimit(config: Config, form: string): number {
  const settings = config.FORMS[form.toLowerCase()] ?? config.FORMS[ANY_FORM];
  if (!settings) return JSON_BODY_LIMIT;
  return settings.uploads.maxFileBytes * settings.uploads.maxFiles + MULTIPART_OVERHEAD;
}

const formMultipartLimit: BodyRule["maxBytes"] = (type, c, params) =>
  type === "multipart/form-data"
    ? multipartLimit(c.get("services").config, params.form ?? "")
    : JSON_BODY_LIMIT;

const jsonBody: BodyRule = {
  types: ["application/json"],
  required: false,
  maxBytes: () => JSON_BODY_LIMIT,
};

const Uuid = UuidParam as z.ZodType<string>;
/** A submission ID as the submission route answers it: 64 hex digits. */
const SubmissionId = z.string().regex(/^[0-9a-fA-F]{64}$/);
const form = { form: Uuid };
const list = { list: ListNameParam as z.ZodType<string> };
const knownList = {
  param: "list",
  entries: (config: Config) => config.LISTS,
  message: "No such list.",
};
const READ = ["GET", "HEAD"] as const;
const siteList = {
  param: "list",
  entries: (config: Config) => config.SITE?.lists ?? {},
  message: "No such list.",
};
const slug = SlugParam as z.ZodType<string>;

/**
 * Every public route's protections. A route not listed here (an operator route,
 * a future one) still gets {@link DEFAULT_GUARD}.
 */
export const ROUTE_GUARDS: readonly RouteGuard[] = [
  { path: "/v1/lists/:list", methods: READ, params: list, known: knownList, limit: "read" },
  {
    path: "/v1/lists/:list/:uuid",
    methods: READ,
    params: { ...list, uuid: Uuid },
    known: knownList,
    limit: "read",
  },
  {
    path: "/v1/lists/:list/:uuid/previews/:name",
    methods: READ,
    params: { ...list, uuid: Uuid, name: NameParam as z.ZodType<string> },
    known: knownList,
    limit: "read",
  },
  {
    path: "/v1/pages/:rootSlug/:slug",
    methods: READ,
    params: { rootSlug: SlugParam as z.ZodType<string>, slug: SlugParam as z.ZodType<string> },
    limit: "read",
  },
  { path: "/v1/forms/:form", methods: READ, params: form, limit: "read" },
  {
    path: "/v1/forms/:form/options/:property",
    methods: READ,
    params: { ...form, property: Uuid },
    limit: "read",
  },
  {
    path: "/v1/forms/:form/submissions/:submission",
    methods: READ,
    params: { ...form, submission: SubmissionId },
    limit: "read",
  },
  { path: "/v1/forms/:form/thank-you", methods: READ, params: form, limit: "read" },
  {
    path: "/v1/forms/:form/submissions",
    methods: ["POST"],
    params: form,
    origin: true,
    body: {
      types: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"],
      required: true,
      // A plain HTML form may carry its files in the same post.
      maxBytes: formMultipartLimit,
    },
    limit: "submission",
  },
  {
    path: "/v1/forms/:form/uploads",
    methods: ["POST"],
    params: form,
    origin: true,
    body: { types: ["multipart/form-data"], required: true, maxBytes: formMultipartLimit },
    limit: "upload",
  },
  { path: "/v1/hooks/caraer", methods: ["POST"], body: { ...jsonBody, required: true } },
  // The careers site (src/site): HTML renderings of the reads above, limited like them.
  { path: "/", methods: READ, limit: "read" },
  { path: "/jobs/:list", methods: READ, params: list, known: siteList, limit: "read" },
  // SEO outputs (src/routes/seo); the feed before `/jobs/:list/:slug`, which would refuse `feed.xml`.
  { path: "/sitemap.xml", methods: READ, limit: "read" },
  { path: "/robots.txt", methods: READ, limit: "read" },
  { path: "/jobs/:list/feed.xml", methods: READ, params: list, known: siteList, limit: "read" },
  {
    path: "/jobs/:list/:slug",
    methods: READ,
    params: { ...list, slug },
    known: siteList,
    limit: "read",
  },
  {
    path: "/pages/:rootSlug/:slug",
    methods: READ,
    params: { rootSlug: slug, slug },
    limit: "read",
  },
  { path: "/fragments/jobs/:list", methods: READ, params: list, known: siteList, limit: "read" },
  {
    path: "/fragments/jobs/:list/:slug",
    methods: READ,
    params: { ...list, slug },
    known: siteList,
    limit: "read",
  },
  // Edge-rendered forms (src/site/forms): pages and fragments of the form definition read.
  { path: "/forms/:form", methods: READ, params: form, limit: "read" },
  { path: "/fragments/forms/:form", methods: READ, params: form, limit: "read" },
  {
    path: "/forms/:form/received/:submission",
    methods: READ,
    params: { ...form, submission: SubmissionId },
    limit: "read",
  },
  // Operator routes: behind ADMIN_TOKEN, so not rate limited, but still shape-checked.
  {
    path: "/v1/admin/dead-letters/:submission",
    methods: ["DELETE"],
    params: { submission: SubmissionId },
    body: jsonBody,
  },
  {
    path: "/v1/admin/dead-letters/:submission/replay",
    methods: ["POST"],
    params: { submission: SubmissionId },
    body: jsonBody,
  },
];

/** Any other request under `/v1`: a body, if any, must be JSON of modest size. */
export const DEFAULT_GUARD: RouteGuard = { path: "/v1/*", methods: ["ALL"], body: jsonBody };

/** The path prefixes browsers call cross-origin, which get CORS. */
export const BROWSER_PATHS = ["/v1/lists/*", "/v1/pages/*", "/v1/forms/*", "/fragments/*"] as const;
