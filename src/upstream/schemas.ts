import * as z from "zod/v4";

// Parsing is strict on the fields this project relies on and loose elsewhere
// (`looseObject` keeps unknown fields), so a Caraer release that adds fields
// changes nothing, and one that breaks a relied-on field fails loudly.

/** `{ message, data }`: Caraer's success envelope. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ message: z.string().optional(), data });
}

/** Caraer's paginated list envelope. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.looseObject({
    message: z.string().optional(),
    data: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    perPage: z.number().int().positive(),
    lastPage: z.number().int().nonnegative(),
  });
}

/** A select option of a property. */
export const OptionSchema = z.looseObject({
  name: z.string(),
  label: z.string().nullish(),
  icon: z.string().nullish(),
  color: z.string().nullish(),
  disabled: z.boolean().nullish(),
});

/**
 * A property definition. The visibility flags default to the safe side:
 * a property that does not say it is `webpagePublic` is not public.
 */
export const PropertySchema = z.looseObject({
  uuid: z.string(),
  name: z.string(),
  label: z.string().nullish(),
  type: z.string(),
  format: z
    .union([z.string(), z.looseObject({ name: z.string() })])
    .nullish()
    .transform((format) => (typeof format === "string" ? format : (format?.name ?? null))),
  rules: z
    .array(z.string())
    .nullish()
    .transform((rules) => rules ?? []),
  options: z
    .array(OptionSchema)
    .nullish()
    .transform((options) => options ?? []),
  hidden: z.boolean().nullish().transform(Boolean),
  immutable: z.boolean().nullish().transform(Boolean),
  nonPublic: z.boolean().nullish().transform(Boolean),
  webpagePublic: z.boolean().nullish().transform(Boolean),
});

/** A parsed property definition. */
export type Property = z.infer<typeof PropertySchema>;

/** One entry of a LEGACY-format `properties` array. */
export const LegacyPropertyValueSchema = z.looseObject({
  name: z.string(),
  label: z.string().nullish(),
  type: z.string().nullish(),
  value: z.unknown(),
});

/** A record; `properties` is a name → value map (USER_FRIENDLY) or a LEGACY array. */
export const RecordSchema = z.looseObject({
  uuid: z.string(),
  primary_object: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
  properties: z
    .union([z.array(LegacyPropertyValueSchema), z.record(z.string(), z.unknown())])
    .nullish()
    .transform((properties) => properties ?? {}),
});

/** A parsed record. */
export type CaraerRecord = z.infer<typeof RecordSchema>;

/** One cell of a preview grid. */
export const PreviewCellSchema = z.looseObject({
  property: PropertySchema.nullish(),
});

/** A preview: a named display template filled with a record's values. */
export const PreviewSchema = z.looseObject({
  uuid: z.string().nullish(),
  name: z.string().nullish(),
  recordUuid: z.string().nullish(),
  grid: z.array(z.array(PreviewCellSchema)).nullish(),
});

/** A parsed preview. */
export type Preview = z.infer<typeof PreviewSchema>;

/** One cell of a public form grid. */
export const FormCellSchema = z.looseObject({
  property: PropertySchema.nullish(),
  text: z.unknown().optional(),
  submitButton: z.unknown().optional(),
  settings: z.looseObject({}).nullish(),
  value: z.unknown().optional(),
});

/** A public form definition. */
export const PublicFormSchema = z.looseObject({
  uuid: z.string(),
  name: z.string().nullish(),
  label: z.string().nullish(),
  object: z.looseObject({ name: z.string() }).nullish(),
  thankYouMessage: z.string().nullish(),
  redirectUrl: z.string().nullish(),
  grids: z.array(
    z.looseObject({
      title: z.string().nullish(),
      type: z.string().nullish(),
      grid: z.array(z.array(FormCellSchema)).nullish(),
    }),
  ),
});

/** A parsed public form. */
export type PublicForm = z.infer<typeof PublicFormSchema>;

/** A public webpage. Only the record part is interpreted here. */
export const WebpageSchema = z.looseObject({
  uuid: z.string(),
  slug: z.string().nullish(),
  record: z
    .looseObject({
      uuid: z.string().nullish(),
      properties: z.record(z.string(), z.unknown()).nullish(),
      parsedProperties: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
});

/** A parsed public webpage. */
export type Webpage = z.infer<typeof WebpageSchema>;

/** Caraer's error envelope; every field optional because it is only used for mapping. */
export const CaraerErrorSchema = z.looseObject({
  message: z.string().optional(),
  errors: z
    .array(z.looseObject({ type: z.string().catch("GENERAL"), message: z.string().catch("") }))
    .optional()
    .catch(undefined),
});
