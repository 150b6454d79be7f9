/**
 * Behaviour the Caraer docs leave open, decided by this project. Keeping these
 * choices in one module means each can change in one place once the real
 * behaviour is confirmed. Decisions that are logic rather than a value carry
 * an `[ours]` comment where they are implemented.
 */

/** Default 1-based page when a paginated request omits `page`. */
export const DEFAULT_PAGE = 1;

/** Default page size when a paginated request omits `limit`. */
export const DEFAULT_LIMIT = 25;

/** Largest page size honoured; bigger `limit`s are silently capped. */
export const MAX_LIMIT = 250;

/** Separator of multi-values in strings (multi-select, tag, range, file lists, form values). */
export const MULTI_SEPARATOR = ";";

/** Separator used when `parse=true` joins multi-value labels. */
export const PARSED_JOINER = ", ";

/** `parse=true` renderings of checkbox values. */
export const PARSED_CHECKBOX = { true: "Yes", false: "No" } as const;

/** How long a `hang` fault waits before finally answering 504 (the client is expected to give up first). */
export const HANG_MS = 10 * 60 * 1000;

/** Status of a fault that sets a `body` but no `status`. */
export const DEFAULT_FAULT_STATUS = 500;

/** The request log keeps at most this many entries (oldest dropped first). */
export const REQUEST_LOG_LIMIT = 2000;

/** PRNG seed used by `/__emulator/reset` without a body, and at start-up. */
export const DEFAULT_SEED = 1;

/** Public site origin used for webpage `liveUrl`s and preview `url`s. */
export const SITE_ORIGIN = "https://demo.caraer.site";

/** Record formats the emulator can answer (`EXPANDED` exists upstream but is not emulated). */
export const RECORD_FORMATS = ["LEGACY", "USER_FRIENDLY"] as const;
