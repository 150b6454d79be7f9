import type { Context } from "hono";
import type { RawSubmission } from "../../forms/body";
import type { FormDefinition } from "../../forms/definition";
import type { ServedForm } from "../../forms/served";
import type { AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { siteView } from "../context";
import { translator } from "../i18n";
import { sendHtml } from "../respond";
import type { LoadedForm, RelatedRecord } from "./load";
import { FormPage, formCsp, formProps } from "./page";
import { postedText } from "./state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a plain post came from one of the edge's own rendered forms (`?view=page`). */
export function wantsFormPage(c: Context<AppEnv>): boolean {
  return c.req.query("view") === "page";
}

/** Refusals that the visitor can fix on the same form: field problems and a failed challenge. */
function fixable(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    (error.code === "VALIDATION_FAILED" || error.code === "CHALLENGE_FAILED")
  );
}

/**
 * Answers a refused post of an edge-rendered form with the same form again
 * (same status): every value the visitor typed, each error next to its field,
 * the summary at the top, and file fields asking for their files again. The
 * idempotency key and render time are kept, so the corrected post is still
 * the same submission. `null` when this is not such a post, or the site is
 * not configured: the caller answers as before.
 */
export async function formAgain(
  c: Context<AppEnv>,
  error: unknown,
  served: ServedForm,
  definition: FormDefinition | undefined,
  raw: RawSubmission | undefined,
): Promise<Response | null> {
  if (!wantsFormPage(c) || !fixable(error) || !definition || !raw) return null;
  const { config } = c.get("services");
  const pending = siteView(config.SITE);
  if (!pending) return null;
  const view = await pending;
  const challenge = Boolean(config.TURNSTILE_SECRET) && served.settings.spam.turnstile;
  const loaded: LoadedForm = {
    view,
    served,
    definition,
    t: translator(view.site.locale),
    turnstileSiteKey: challenge ? (config.TURNSTILE_SITE_KEY ?? null) : null,
  };
  const relatedUuid = postedText(raw.relatedRecordUuid);
  const related: RelatedRecord | undefined = UUID.test(relatedUuid)
    ? { uuid: relatedUuid.toLowerCase(), title: null }
    : undefined;
  const key = postedText(raw.idempotencyKey);
  const form = formProps(loaded, related, {
    headingLevel: 1,
    idempotencyKey: key || undefined,
    state: {
      values: { ...raw.values, _loadedAt: raw.loadedAt },
      issues: error.code === "VALIDATION_FAILED" ? (error.issues ?? []) : [],
      droppedFiles: new Set(Object.keys(raw.files)),
      message: error.code === "CHALLENGE_FAILED" ? loaded.t("errorGeneric") : undefined,
    },
  });
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return sendHtml(c, view, <FormPage view={view} form={form} />, {
    status: error.status,
    csp: formCsp(loaded),
  });
}
