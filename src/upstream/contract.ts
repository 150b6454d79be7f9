/**
 * Decisions this project makes where Caraer's documentation is silent (the
 * "[ours]" items of the fact sheet). They live in one module so that each can
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
