import * as z from "zod/v4";

/**
 * The identifier shapes the edge accepts, defined once: configuration,
 * route parameters and queue messages all use these.
 */

/** A Caraer property, object or relation name: a letter, then letters, digits and underscores (docs/caraer-contract.md §2). */
export const CARAER_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

/** A public list name (`LISTS`, `SITE.lists`): a lowercase slug. */
export const LIST_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A submission ID: the 64 hex digits of its ledger Durable Object's ID. */
export const SUBMISSION_ID = /^[0-9a-f]{64}$/;

/**
 * A submission ID as a path parameter: either case, spelt as a character class
 * rather than a regex flag, because OpenAPI patterns carry no flags.
 */
export const SUBMISSION_ID_PARAM = /^[0-9a-fA-F]{64}$/;

/** An absolute `http:` or `https:` URL. */
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** A UUID in any 8-4-4-4-12 hex form (records, forms, companies). */
export const Uuid = z.guid();
