import * as z from "zod/v4";
import { DEFAULT_KASAR_API_BASE } from "../upstream/kasar/contract";
import { DEFAULT_TURNSTILE_VERIFY_URL, FormsSchema } from "./forms";
import { refineForms } from "./kasar-forms";
import { refineKasarLists } from "./kasar-lists";
import { ListsSchema } from "./lists";
import { HttpUrl, Uuid } from "./patterns";
import { RateLimitsSchema } from "./rate-limits";
import { SiteSchema } from "./site";
import { dictionary, integer, optionalString, stringList, structured } from "./structured";

/** Caraer's documented production API host, used when `CARAER_API_BASE` is not set. */
export const DEFAULT_CARAER_API_BASE = "https://v2.api.caraer.com";

/** The CRMs the edge can serve (docs/architecture.md, "Upstream port"). */
export const CRMS = ["caraer", "kasar"] as const;

/** One CRM the edge can serve. */
export type Crm = (typeof CRMS)[number];

/** An API origin: `""` means the default, a trailing slash is dropped. */
const apiBase = (fallback: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    HttpUrl.default(fallback).transform((url) => url.replace(/\/+$/, "")),
  );

/** An allowed browser origin: `https://example.com`, `http://localhost:3000` or `https://*.example.com`. */
const OriginPattern = z
  .string()
  .regex(
    /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i,
    "must be an origin like https://example.com or https://*.example.com",
  );

/**
 * The whole Worker configuration: every variable and secret the code reads,
 * parsed once. Bindings (KV, Queues, Durable Objects) are not configuration
 * and stay on `env`.
 */
export const ConfigSchema = z
  .object({
    CRM: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(CRMS).default("caraer"),
    ),
    CARAER_API_BASE: apiBase(DEFAULT_CARAER_API_BASE),
    // Required when CRM is caraer (checked below, so a Kasar deployment needs neither).
    CARAER_COMPANY_UUID: optionalString(Uuid),
    CARAER_SUBDOMAIN: optionalString(z.string().regex(/^[a-z0-9-]{1,63}$/i)),
    CARAER_API_TOKEN: optionalString(z.string().min(1)),
    KASAR_API_BASE: apiBase(DEFAULT_KASAR_API_BASE),
    // Required when CRM is kasar (checked below).
    KASAR_API_TOKEN: optionalString(z.string().min(1)),
    ALLOWED_ORIGINS: stringList(OriginPattern).default([]),
    UPSTREAM_TIMEOUT_MS: integer(100, 60_000).default(8_000),
    LISTS: structured(ListsSchema).default({}).transform(dictionary),
    // The hot tier in front of KV (docs/kv-keys.md, "Hot tier"): how long an isolate answers
    // from its copy of an entry without a KV read (0 turns it off), and its memory budget.
    HOT_CACHE_SECONDS: integer(0, 60).default(2),
    HOT_CACHE_BYTES: integer(0, 64 * 1024 * 1024).default(8 * 1024 * 1024),
    PAGE_TTL: integer(0, 86_400).default(300),
    PAGE_STALE_TTL: integer(0, 604_800).default(86_400),
    FORMS: structured(FormsSchema).default({}).transform(dictionary),
    RATE_LIMITS: structured(RateLimitsSchema).prefault({}),
    WEBHOOK_SECRET: optionalString(z.string().min(16)),
    ADMIN_TOKEN: optionalString(z.string().min(16)),
    TURNSTILE_SECRET: optionalString(z.string().min(1)),
    // The widget's public site key, rendered into the edge's forms (README, "Embed").
    TURNSTILE_SITE_KEY: optionalString(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/)),
    // Forms delivery (docs/forms.md): the inline try is short, queued tries may wait longer.
    TURNSTILE_VERIFY_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      HttpUrl.default(DEFAULT_TURNSTILE_VERIFY_URL),
    ),
    FORM_INLINE_TIMEOUT_MS: integer(100, 30_000).default(4_000),
    FORM_DELIVERY_TIMEOUT_MS: integer(100, 60_000).default(15_000),
    DELIVERY_MAX_ATTEMPTS: integer(1, 90).default(12),
    DELIVERY_BACKOFF_BASE_SECONDS: integer(0, 3_600).default(30),
    DELIVERY_BACKOFF_MAX_SECONDS: integer(0, 43_200).default(3_600),
    // How long past a queued try's due time the ledger waits before it queues the submission itself.
    DELIVERY_BACKSTOP_SECONDS: integer(1, 43_200).default(900),
    SUBMISSION_RETENTION_SECONDS: integer(86_400, 31_536_000).default(604_800),
    // The careers site (README "SITE"); unset means the site routes answer 404.
    SITE: structured(SiteSchema.optional()),
  })
  .superRefine((config, ctx) => {
    // The settings the chosen CRM needs; the other CRM's settings are ignored.
    for (const key of REQUIRED_BY_CRM[config.CRM]) {
      if (config[key] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `is required when CRM is ${config.CRM}`,
        });
      }
    }
    if (config.CRM === "kasar") refineKasarLists(config.LISTS, ctx);
    refineForms(config, ctx);
    // A site list must be a served list: the site reads through the same list definitions.
    for (const name of Object.keys(config.SITE?.lists ?? {})) {
      if (!Object.hasOwn(config.LISTS, name)) {
        ctx.addIssue({
          code: "custom",
          path: ["SITE", "lists", name],
          message: "must be a list of LISTS",
        });
      }
    }
  })
  // The checks above make the chosen CRM's settings present; the type says so.
  .transform((config) => config as CrmConfig<typeof config>);

const REQUIRED_BY_CRM = {
  caraer: ["CARAER_COMPANY_UUID", "CARAER_API_TOKEN"],
  kasar: ["KASAR_API_TOKEN"],
} as const;

/**
 * The parsed settings narrowed by `CRM`: a Caraer deployment has its tenant
 * and token, a Kasar one its token. Code that talks to one CRM checks `CRM`
 * first and then reads that CRM's settings without further checks.
 */
type CrmConfig<T> =
  | (T & { CRM: "caraer"; CARAER_COMPANY_UUID: string; CARAER_API_TOKEN: string })
  | (T & { CRM: "kasar"; KASAR_API_TOKEN: string });

/** The parsed configuration. */
export type Config = z.infer<typeof ConfigSchema>;

/** A configuration whose CRM is Caraer. */
export type CaraerConfig = Extract<Config, { CRM: "caraer" }>;

/** A Caraer-only path was taken on a deployment of another CRM: a bug, never a caller's fault. */
export class WrongCrmError extends Error {
  constructor(wanted: Crm) {
    super(`This path needs CRM=${wanted}`);
    this.name = "WrongCrmError";
  }
}

/** The configuration of a Caraer deployment; throws {@link WrongCrmError} for another CRM. */
export function caraerConfig(config: Config): CaraerConfig {
  if (config.CRM !== "caraer") throw new WrongCrmError("caraer");
  return config;
}

/** The configuration keys that hold secrets: never logged, never answered, scrubbed from logs. */
export const SECRET_KEYS = [
  "CARAER_API_TOKEN",
  "KASAR_API_TOKEN",
  "WEBHOOK_SECRET",
  "ADMIN_TOKEN",
  "TURNSTILE_SECRET",
] as const satisfies readonly (keyof Config)[];
