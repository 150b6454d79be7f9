import type { Context } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../http/context";
import { originMatcher } from "./origins";

/** The path prefixes browsers call cross-origin, which get CORS. */
export const BROWSER_PATHS = ["/v1/lists/*", "/v1/pages/*", "/v1/forms/*", "/fragments/*"] as const;

/** Request headers a browser may send cross-origin besides the CORS-safelisted ones. */
const ALLOWED_HEADERS = ["Content-Type", "Idempotency-Key", "If-None-Match", "X-Request-Id"];

/** Response headers a cross-origin script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = [
  "ETag",
  "X-Cache",
  "X-Request-Id",
  "Retry-After",
  "RateLimit",
  "RateLimit-Policy",
  // A script posting a form reads where an HTML post would have been redirected, and whether it was a replay.
  "Location",
  "Idempotent-Replayed",
];

/**
 * CORS for the browser-facing routes, from Hono's middleware: only origins in
 * `ALLOWED_ORIGINS` get `Access-Control-Allow-Origin` (their own origin, never
 * `*`, with `Vary: Origin`), and never `Access-Control-Allow-Credentials`: the
 * API is anonymous, so a browser must not attach cookies. A preflight is
 * answered 204 here, before any route runs.
 */
export const publicCors = cors({
  origin: (origin, c) => {
    const { config } = (c as Context<AppEnv>).get("services");
    return originMatcher(config.ALLOWED_ORIGINS)(origin) ? origin : null;
  },
  allowMethods: ["GET", "HEAD", "POST"],
  allowHeaders: ALLOWED_HEADERS,
  exposeHeaders: EXPOSED_HEADERS,
  credentials: false,
  // Browsers cap this (Chromium at 2 hours); 10 minutes keeps configuration changes quick to apply.
  maxAge: 600,
});
