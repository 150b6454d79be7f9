import * as z from "zod/v4";
import { CARAER_NAME, HttpUrl, LIST_NAME } from "./patterns";
import { integer } from "./structured";

/**
 * File kinds the upload sniffer recognises from a file's leading bytes. A
 * form's `uploads.allowedTypes` picks from these; the name or declared type of
 * an upload is never trusted.
 */
export const FILE_KINDS = [
  "pdf",
  "doc",
  "docx",
  "odt",
  "rtf",
  "txt",
  "png",
  "jpeg",
  "gif",
  "webp",
] as const;

/** A recognised file kind. */
export type FileKind = (typeof FILE_KINDS)[number];

/** What an application form usually asks for: documents, no images. */
export const DEFAULT_ALLOWED_FILE_KINDS: readonly FileKind[] = ["pdf", "doc", "docx", "odt", "txt"];

/** Upper bound of all files of one upload together, so a post fits in a Worker's memory. */
export const MAX_UPLOAD_TOTAL_BYTES = 50 * 1024 * 1024;

const MIB = 1024 * 1024;

const UploadSettingsSchema = z
  .strictObject({
    /** Largest accepted file, in bytes. */
    maxFileBytes: integer(1, MAX_UPLOAD_TOTAL_BYTES).default(10 * MIB),
    /** Most files in one upload (or one multipart submission). */
    maxFiles: integer(1, 20).default(3),
    allowedTypes: z
      .array(z.enum(FILE_KINDS))
      .min(1)
      .default([...DEFAULT_ALLOWED_FILE_KINDS]),
  })
  .refine((uploads) => uploads.maxFileBytes * uploads.maxFiles <= MAX_UPLOAD_TOTAL_BYTES, {
    message: `maxFileBytes × maxFiles must not exceed ${MAX_UPLOAD_TOTAL_BYTES} bytes`,
    path: ["maxFiles"],
  });

const SpamSettingsSchema = z.strictObject({
  /**
   * Name of the honeypot input. It starts with `_` so it can never be a
   * Caraer property name (those start with a letter).
   */
  honeypotField: z
    .string()
    .regex(/^_[A-Za-z0-9_]{1,63}$/, "must start with _ (never a Caraer property name)")
    .default("_website"),
  /** Least seconds between `_loadedAt` and the submission; 0 switches the check off. */
  minSubmitSeconds: integer(0, 3_600).default(3),
  /** Refuse submissions without `_loadedAt` (only for sites that always send it). */
  requireLoadedAt: z.boolean().default(false),
  /** Require a Turnstile token when `TURNSTILE_SECRET` is set. */
  turnstile: z.boolean().default(true),
});

/** A Kasar field name: snake_case, as Kasar's schema names fields. */
const KASAR_FIELD = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * A form on a Kasar deployment (docs/forms.md, "Kasar forms"): Kasar has no
 * forms API, so the edge defines the form. Field types and options come from
 * Kasar's schema (`GET /schema/{object}`); this says which fields, in which
 * order, with which texts.
 */
export const KasarFormSchema = z.strictObject({
  /** The object a submission creates, e.g. `candidates`. */
  object: z.string().regex(KASAR_FIELD, "must be a Kasar object name"),
  /** The field a submission is upserted on (unique in Kasar, e.g. `email`); must be a required field. */
  uniqueField: z.string().regex(KASAR_FIELD, "must be a Kasar field name"),
  title: z.string().min(1).max(200).optional(),
  thankYouMessage: z.string().min(1).max(2_000).optional(),
  fields: z
    .array(
      z.strictObject({
        name: z.string().regex(KASAR_FIELD, "must be a Kasar field name"),
        label: z.string().min(1).max(200).optional(),
        helpText: z.string().min(1).max(1_000).optional(),
        placeholder: z.string().min(1).max(200).optional(),
        /** Overrides Kasar's `required` flag (only to require more: Kasar refuses less). */
        required: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(100)
    .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, {
      message: "names each field once",
    }),
});

/** A parsed Kasar form definition. */
export type KasarForm = z.infer<typeof KasarFormSchema>;

/** The settings of one served form (see docs/forms.md). */
export const FormSettingsSchema = z.strictObject({
  /** The form itself when the CRM is Kasar (required there, refused on Caraer). */
  kasar: KasarFormSchema.optional(),
  /**
   * Links each submission's record to a record of a public list, e.g. a
   * vacancy. On Kasar, `name` is the association's object (the list's object).
   */
  relation: z
    .strictObject({
      name: z.string().regex(CARAER_NAME, "must be a Caraer relation name"),
      list: z.string().regex(LIST_NAME, "must be a LISTS name"),
    })
    .optional(),
  /** Where a plain HTML form post lands after success; overrides the form's `redirectUrl`. */
  redirectUrl: HttpUrl.optional(),
  uploads: UploadSettingsSchema.prefault({}),
  spam: SpamSettingsSchema.prefault({}),
  /** Seconds the form definition is fresh in the cache, then served stale while refreshed. */
  ttl: integer(0, 86_400).default(300),
  staleTtl: integer(0, 604_800).default(86_400),
  /** Seconds a page of a property's options is fresh. */
  optionsTtl: integer(0, 3_600).default(60),
  optionsStaleTtl: integer(0, 86_400).default(600),
});

/** Parsed settings of one served form. */
export type FormSettings = z.infer<typeof FormSettingsSchema>;

/** The key of `FORMS` that serves every public form of the company. */
export const ANY_FORM = "*";

/**
 * `FORMS`: form UUID (or `"*"`) → settings. Only listed forms are served;
 * keys are lowercased so lookups do not depend on how a UUID was typed.
 */
export const FormsSchema = z
  .record(z.union([z.literal(ANY_FORM), z.guid("must be a form UUID or *")]), FormSettingsSchema)
  .transform((forms) =>
    Object.fromEntries(Object.entries(forms).map(([key, value]) => [key.toLowerCase(), value])),
  );

/** The parsed `FORMS` map. */
export type Forms = z.infer<typeof FormsSchema>;

/** Cloudflare's documented Turnstile verification endpoint. */
export const DEFAULT_TURNSTILE_VERIFY_URL =
  "https://challenges.cloudflare.com/turnstile/v0/siteverify";
