/**
 * Field names the edge itself reads from a submission, beside the property
 * names. They are never sent to Caraer. All but `relatedRecordUuid` contain a
 * character a Caraer property name cannot have (`_` first, or `-`), so they
 * can never shadow a property; the honeypot's name is a form setting.
 */
export const RESERVED_FIELDS = {
  /** The token the Turnstile widget puts into a form (its fixed input name). */
  turnstileToken: "cf-turnstile-response",
  /** When the form was shown, in unix milliseconds (the minimum-time check). */
  loadedAt: "_loadedAt",
  /** An idempotency key for plain HTML forms, which cannot set headers. */
  idempotencyKey: "_idempotencyKey",
  /** The related record (e.g. the vacancy) in URL-encoded and multipart posts. */
  relatedRecordUuid: "relatedRecordUuid",
} as const;
