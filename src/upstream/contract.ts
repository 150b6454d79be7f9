/**
 * Decisions this project makes where Caraer's documentation is silent (the
 * "[ours]" items of docs/caraer-contract.md). They live in one module so that each can
 * change in one place when Caraer's real behaviour is confirmed.
 */

/**
 * Records are requested in the `USER_FRIENDLY` format (a name → value map),
 * but every reader also accepts `LEGACY` arrays, which stay Caraer's default.
 */
export const RECORD_RETURN_FORMAT = "USER_FRIENDLY";

/** Multipart part name for public form uploads. */
export const UPLOAD_PART_NAME = "files";

/** Separator for multi-values (multi-select, tag, file keys) and ranges in submitted cell values. */
export const MULTI_VALUE_SEPARATOR = ";";

/** Page size used to read a whole properties index. */
export const PROPERTIES_PAGE_SIZE = 100;

/** Upper bound on properties index pages, so a misbehaving upstream cannot loop us forever. */
export const PROPERTIES_MAX_PAGES = 50;

/**
 * Cell value of an input left empty in a submitted form: `null`, as the form
 * was fetched. Filled cells carry strings (see `src/forms/values.ts`):
 * multi-values and file keys `;`-joined, dates as unix ms, checkboxes
 * "true"/"false", ranges "min;max", structures as JSON text.
 */
export const EMPTY_CELL_VALUE = null;

/**
 * Caraer's submit route takes no idempotency key. When a submit's answer is
 * lost (timeout, 5xx, broken body), the record may exist anyway; before
 * trying again, the edge looks for a record of the form's object created
 * since the first uncertain try (minus this margin for clock skew between
 * the edge and Caraer) with exactly the submitted single-line values.
 */
export const LOST_RESPONSE_CLOCK_MARGIN_MS = 120_000;
