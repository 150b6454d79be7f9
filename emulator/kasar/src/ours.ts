/**
 * Behaviour the Kasar API overview leaves open, decided by this project (the
 * "[ours]" items of docs/kasar-contract.md). Values live here; decisions that
 * are logic carry an `[ours]` comment where they are implemented. The limits
 * the edge relies on come from the Kasar client's contract, so both sides agree.
 */
import {
  KASAR_BATCH_MAX,
  KASAR_MAX_FILTER_DEPTH,
  KASAR_MAX_LIMIT,
} from "../../../src/upstream/kasar/contract";

/** Page size of lists and searches when `limit` is not given. */
export const DEFAULT_LIMIT = 25;

/** Largest `limit` accepted; a bigger one is a 400 VALIDATION_ERROR (not silently capped). */
export const MAX_LIMIT = KASAR_MAX_LIMIT;

/** Most records one batch call takes (documented by Kasar). */
export const MAX_BATCH = KASAR_BATCH_MAX;

/** Deepest nesting of FilterGroups in a search body (the top group is depth 1). */
export const MAX_FILTER_DEPTH = KASAR_MAX_FILTER_DEPTH;

/** Default order of lists and searches: oldest first, ties broken by `id`. */
export const DEFAULT_SORT = [{ field: "created_at", direction: "asc" }] as const;

/** Seed of the id stream and the fault stream at start-up and on a reset without a seed. */
export const DEFAULT_SEED = 1;
