import * as z from "zod/v4";

/**
 * What the edge does when a limiter cannot answer (error or timeout):
 * `open` lets the request through and logs it, `closed` refuses it with 503.
 */
export const FailModeSchema = z.enum(["open", "closed"]);

/** The route classes that are rate limited, each with its own budget per client. */
export const ROUTE_CLASSES = ["submission", "upload", "read"] as const;

/** A rate-limited route class. */
export type RouteClass = (typeof ROUTE_CLASSES)[number];

/** The route classes limited exactly by the Durable Object limiter. */
export type StrictRouteClass = Exclude<RouteClass, "read">;

interface StrictDefaults {
  limit: number;
  period: number;
  failMode: z.infer<typeof FailModeSchema>;
}

// Every field has a default so an operator can override one of them
// (`{ "submission": { "limit": 5 } }`) without restating the others.
function strictClass(defaults: StrictDefaults) {
  return z
    .object({
      enabled: z.boolean().default(true),
      /** Requests admitted per period, also the largest burst. */
      limit: z.number().int().min(1).max(100_000).default(defaults.limit),
      /** Period in seconds over which `limit` requests are admitted. */
      period: z.number().int().min(1).max(86_400).default(defaults.period),
      failMode: FailModeSchema.default(defaults.failMode),
      /** How long to wait for the limiter before applying `failMode`. */
      timeoutMs: z.number().int().min(10).max(10_000).default(1_000),
    })
    .strict()
    .prefault({});
}

/**
 * `RATE_LIMITS`: per route class settings. Submissions and uploads are counted
 * exactly by a Durable Object (GCRA); reads use Cloudflare's rate-limit
 * binding `READ_RATE_LIMITER`, whose limit and period are fixed in
 * `wrangler.toml`, so only switching it and its failure mode are settings here.
 * Defaults and reasoning: `docs/security.md`.
 */
export const RateLimitsSchema = z
  .object({
    submission: strictClass({ limit: 10, period: 600, failMode: "open" }),
    upload: strictClass({ limit: 30, period: 600, failMode: "closed" }),
    read: z
      .object({
        enabled: z.boolean().default(true),
        failMode: FailModeSchema.default("open"),
        /** The binding's period (10 or 60 s); a refusal's `Retry-After`. */
        period: z.union([z.literal(10), z.literal(60)]).default(60),
        timeoutMs: z.number().int().min(10).max(10_000).default(1_000),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** The parsed `RATE_LIMITS`. */
export type RateLimits = z.infer<typeof RateLimitsSchema>;

/** Settings of one strictly limited route class. */
export type StrictLimit = RateLimits[StrictRouteClass];
