import * as z from "zod/v4";

// The documented envelopes. As for Caraer (src/upstream/schemas.ts), parsing is
// strict on what this project relies on and keeps unknown fields elsewhere.

/** A record: flat, `id` plus snake_case fields, all kept (projection happens at the edge). */
export const KasarRecordSchema = z.looseObject({ id: z.string().min(1) });

/** A parsed Kasar record. */
export type KasarRecord = z.infer<typeof KasarRecordSchema>;

/** `{ data: {...} }`: one record. */
export const KasarOneSchema = z.looseObject({ data: KasarRecordSchema });

/** `{ data: [...], total, nextCursor }`: a list page; `nextCursor` is null on the last page. */
export const KasarPageSchema = z.looseObject({
  data: z.array(KasarRecordSchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().min(1).nullable(),
});

/** A parsed list page. */
export type KasarPage = z.infer<typeof KasarPageSchema>;

/** `{ data: [...] }`: the records a batch call wrote, in input order. */
export const KasarBatchSchema = z.looseObject({ data: z.array(KasarRecordSchema) });

/** Kasar's error body; only read for mapping, so every field is lenient. */
export const KasarErrorBodySchema = z.looseObject({
  error: z.literal(true),
  code: z.string(),
  message: z.string().catch(""),
});
