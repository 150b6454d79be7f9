import type { Context, MiddlewareHandler, Next } from "hono";
import { createMiddleware } from "hono/factory";
import type * as z from "zod/v4";
import type { RouteClass, StrictRouteClass } from "../config/rate-limits";
import { isHtmlPost } from "../forms/html";
import { assertFormKnown } from "../forms/known";
import { multipartLimit, TEXT_BODY_LIMIT } from "../forms/limits";
import { type ServedForm, servedForm } from "../forms/served";
import type { AppEnv, GuardedList } from "../http/context";
import { ApiError } from "../http/errors";
import { fieldIssues } from "../http/issues";
import { startAdmission } from "../ratelimit/admission";
import { enforceFormLimits, enforceReadLimit } from "../ratelimit/enforce";
import { acceptedMediaType, type BodyRule, limitBody } from "../security/body";
import { assertAllowedOrigin } from "../security/origin-check";
import { htmlErrorPage } from "./forms/pages";

/** The protections one route declares beside its `createRoute` definition. */
export interface GuardPolicy {
  /**
   * The route's own path parameter schema (the same object as its
   * `request.params`), checked before anything looks the parameters up, so a
   * malformed identifier never reaches a limiter, a cache key or Caraer.
   */
  params?: z.ZodType;
  /** Refuse a browser `Origin` not in `ALLOWED_ORIGINS` (403). */
  origin?: boolean;
  body?: BodyRule;
  /** The rate-limited class; strict classes are counted per served form (`{formUuid}`). */
  rateLimit?: RouteClass;
  /**
   * The `{list}` parameter must name an own entry of `LISTS` (`api`, then
   * read by the handler through {@link guardedList}) or of `SITE.lists`
   * (`site`), else 404 before anything is counted.
   */
  list?: "api" | "site";
}

/** Largest JSON or URL-encoded body: a form's values, a webhook, an operator command. */
export const JSON_BODY: BodyRule = {
  types: ["application/json"],
  required: false,
  maxBytes: () => TEXT_BODY_LIMIT,
};

/**
 * The body of a form post: JSON or URL-encoded values, or multipart with all
 * the files the form's `uploads` settings allow (the guard has resolved the
 * served form by then).
 */
export function formBody(types: BodyRule["types"]): BodyRule {
  return {
    types,
    required: true,
    maxBytes: (type, c) =>
      type === "multipart/form-data"
        ? multipartLimit(guardedForm(c).settings.uploads)
        : TEXT_BODY_LIMIT,
  };
}

/**
 * Route middleware for `createRoute({ middleware: guard({ ... }) })`: the
 * route's protections, cheapest refusal first, so nothing refused reaches a
 * limiter, a cache or Caraer: `Origin`, path parameters, the configured list,
 * `Content-Type`, the served form and the rate limit, then the body limit
 * while the handler reads. Handlers rely on it and never check again.
 *
 * @example
 * createRoute({ method: "get", path: "/v1/lists/{list}", request: { params },
 *   middleware: guard({ params, list: "api", rateLimit: "read" }), ... })
 */
export function guard(policy: GuardPolicy): MiddlewareHandler<AppEnv> {
  return createMiddleware<AppEnv>(async (c, next) => {
    try {
      await guardRequest(c, next, policy);
    } catch (error) {
      // A person posting a plain HTML form reads the refusal as a page, like the route's own.
      if (error instanceof ApiError && c.req.method === "POST" && isHtmlPost(c.req.raw)) {
        return htmlErrorPage(c, error, undefined);
      }
      throw error;
    }
  });
}

/** The `LISTS` entry a route guarded with `list: "api"` serves. */
export function guardedList(c: Context<AppEnv>): GuardedList {
  const list = c.get("list");
  if (!list) throw new Error('The route is not guarded with `list: "api"`.');
  return list;
}

/** The served form of a route guarded with a strict `rateLimit`. */
export function guardedForm(c: Context<AppEnv>): ServedForm {
  const form = c.get("form");
  if (!form) throw new Error("The route is not guarded with a form rate limit.");
  return form;
}

async function guardRequest(c: Context<AppEnv>, next: Next, policy: GuardPolicy): Promise<void> {
  if (policy.origin) assertAllowedOrigin(c);
  if (policy.params) assertParams(policy.params, c.req.param());
  if (policy.list) resolveList(c, policy.list);
  const type = policy.body ? acceptedMediaType(c, policy.body) : undefined;

  let headers: Record<string, string> = {};
  let admission: Promise<Record<string, string>> | undefined;
  if (policy.rateLimit === "read") await enforceReadLimit(c);
  else if (policy.rateLimit) {
    const counted = enforceFormLimits(c, policy.rateLimit, (await knownForm(c)).uuid);
    if (OVERLAPPED.has(policy.rateLimit)) {
      admission = counted;
      startAdmission(c, admission);
    } else headers = await counted;
  }

  if (policy.body && type) {
    await limitBody(policy.body.maxBytes(type, c), type === "multipart/form-data")(c, next);
  } else await next();
  // A refusal replaces whatever the route answered (it read the body, nothing more).
  if (admission) headers = await admission;
  setHeaders(c, headers);
}

/**
 * Route classes whose strict limit is decided while the route reads and
 * parses its body: their routes wait for `admitted(c)` before anything
 * reaches Caraer, a ledger or a queue (`src/routes/forms/submissions.ts`).
 */
const OVERLAPPED: ReadonlySet<StrictRouteClass> = new Set(["submission"]);

function assertParams(schema: z.ZodType, params: Record<string, string>): void {
  const result = schema.safeParse(params);
  if (result.success) return;
  throw new ApiError("INVALID_REQUEST", "The request param is invalid.", {
    issues: fieldIssues(result.error, "param"),
  });
}

// Own-key checks, so a name like `constructor` can never select something inherited.
function resolveList(c: Context<AppEnv>, kind: "api" | "site"): void {
  const name = c.req.param("list") ?? "";
  const { config } = c.get("services");
  const entries = kind === "api" ? config.LISTS : (config.SITE?.lists ?? {});
  if (!Object.hasOwn(entries, name)) throw new ApiError("NOT_FOUND", "No such list.");
  if (kind === "api")
    c.set("list", { name, settings: config.LISTS[name] as GuardedList["settings"] });
}

/**
 * The form of a strictly limited form route. It must be served (configured,
 * and known to Caraer) before anything is counted against it, so a new form
 * UUID buys no budget.
 */
async function knownForm(c: Context<AppEnv>): Promise<ServedForm> {
  // Canonical (lowercase) UUID: one spelling per form keeps one budget per form.
  const served = servedForm(c.get("services").config, c.req.param("formUuid") ?? "");
  await assertFormKnown(c, served);
  c.set("form", served);
  return served;
}

function setHeaders(c: Context<AppEnv>, headers: Record<string, string>): void {
  const entries = Object.entries(headers);
  if (entries.length === 0) return;
  try {
    for (const [name, value] of entries) c.res.headers.set(name, value);
  } catch {
    // A response passed through from `fetch` has immutable headers.
    const res = new Response(c.res.body, c.res);
    for (const [name, value] of entries) res.headers.set(name, value);
    c.res = res;
  }
}
