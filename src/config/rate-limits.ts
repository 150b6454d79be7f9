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

const Count = z.number().int().min(1).max(100_000);

// Every field has a default so an operator can override one of them
// (`{ "submission": { "limit": 5 } }`) without restating the others.
function strictFields(defaults: StrictDefaults) {
  return {
    enabled: z.boolean().default(true),
    /** Requests admitted per period, also the largest burst. */
    limit: Count.default(defaults.limit),
    /** Period in seconds over which `limit` requests are admitted. */
    period: z.number().int().min(1).max(86_400).default(defaults.period),
    failMode: FailModeSchema.default(defaults.failMode),
    /** How long to wait for the limiter before applying `failMode`. */
    timeoutMs: z.number().int().min(10).max(10_000).default(1_000),
  };
}

/** A class counted per form and client, and per client across all forms. */
function formClass(defaults: StrictDefaults & { clientLimit: number }) {
  return z
    .object({
      ...strictFields(defaults),
      /** Requests admitted per period for one client across every form, so new form UUIDs buy no budget. */
      clientLimit: Count.default(defaults.clientLimit),
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
    submission: formClass({ limit: 10, clientLimit: 20, period: 600, failMode: "open" }),
    upload: formClass({ limit: 30, clientLimit: 60, period: 600, failMode: "closed" }),
    /**
     * Look-ups of a form the edge has not cached (neither found nor known
     * missing) that a client's submissions and uploads may cause, per client.
     */
    formLookup: z
      .object(strictFields({ limit: 10, period: 600, failMode: "open" }))
      .strict()
      .prefault({}),
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

/** What the Durable Object limiter needs of one budget. */
export type StrictBudget = RateLimits["formLookup"];
