import type { Context } from "hono";
import type { CachedBody } from "../cache/entry";
import { kvKeys } from "../cache/keys";
import type { AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { enforceFormLookupLimit } from "../ratelimit/enforce";
import { readContext } from "../services/read-context";
import { readFormDefinition } from "./definition";
import type { ServedForm } from "./served";

/** How long a form Caraer did not know is answered 404 without asking again (KV's minimum TTL). */
export const MISSING_FORM_TTL_SECONDS = 60;

// One read per request: the guard's check and the route share it.
const reads = new WeakMap<Request, Promise<CachedBody | null>>();

/**
 * The cached definition of a served form, read at most once per request.
 * When Caraer has to be asked, the client's form look-up budget is counted
 * first (429 when spent).
 */
export function servedDefinition(
  c: Context<AppEnv>,
  served: ServedForm,
): Promise<CachedBody | null> {
  let read = reads.get(c.req.raw);
  if (!read) {
    read = readFormDefinition(readContext(c), served, () => enforceFormLookupLimit(c));
    reads.set(c.req.raw, read);
  }
  return read;
}

/**
 * Refuses with 404 a form Caraer does not know, before anything is counted
 * against it: each new form UUID would otherwise get its own budgets (and
 * Durable Objects). A form found missing is remembered for a minute, so a
 * client repeating it asks Caraer nothing; look-ups of forms not cached yet
 * are bounded per client by `RATE_LIMITS.formLookup`.
 */
export async function assertFormKnown(c: Context<AppEnv>, served: ServedForm): Promise<void> {
  const missingKey = await kvKeys.missingForm(served.uuid);
  if ((await c.env.CACHE.get(missingKey)) !== null) throw noSuchForm();
  if (await servedDefinition(c, served)) return;
  c.executionCtx.waitUntil(
    c.env.CACHE.put(missingKey, "1", { expirationTtl: MISSING_FORM_TTL_SECONDS }),
  );
  throw noSuchForm();
}

function noSuchForm(): ApiError {
  return new ApiError("NOT_FOUND", "No such form.");
}
