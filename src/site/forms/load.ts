import type { Context } from "hono";
import {
  type FormDefinition,
  parseFormDefinition,
  readFormDefinition,
} from "../../forms/definition";
import { withRouteOptions } from "../../forms/options";
import { type ServedForm, servedForm } from "../../forms/served";
import type { AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import { describeError } from "../../observability/log";
import type { PublicRecord } from "../../projection/record";
import { readRecord } from "../../reads/records";
import { readContext } from "../../services/read-context";
import { UpstreamError } from "../../upstream/errors";
import { recordTitle } from "../components/job-list";
import { requireSite, type SiteView } from "../context";
import type { CspSources } from "../csp";
import { type Translate, translator } from "../i18n";
import { isFragmentPath } from "../paths";
import { formCsp, formProps } from "./page";
import type { FormViewProps } from "./view-props";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A served form, ready to render: the site, the definition and the form strings. */
export interface LoadedForm {
  view: SiteView;
  served: ServedForm;
  definition: FormDefinition;
  t: Translate;
  turnstileSiteKey: string | null;
}

/** The related record a linked form shows: its UUID and public title. */
export interface RelatedRecord {
  uuid: string;
  title: string | null;
}

/**
 * Loads a served form through the same cached reader as `GET /v1/forms/{formUuid}`.
 * A form that is not served, or that Caraer does not know, is a 404.
 */
export async function loadForm(c: Context<AppEnv>, formUuid: string): Promise<LoadedForm> {
  const view = await requireSite(c);
  const { config } = c.get("services");
  const served = servedForm(config, formUuid);
  const ctx = readContext(c);
  const cached = await readFormDefinition(ctx, served);
  if (!cached) throw new ApiError("NOT_FOUND", "No such form.");
  const challenge = Boolean(config.TURNSTILE_SECRET) && served.settings.spam.turnstile;
  return {
    view,
    served,
    // Selects Caraer sends without options get them from the options route's cached reader.
    definition: await withRouteOptions(ctx, served, parseFormDefinition(cached)),
    t: translator(view.site.locale),
    turnstileSiteKey: challenge ? (config.TURNSTILE_SITE_KEY ?? null) : null,
  };
}

/**
 * The record a linked form is for (`?vacancy=`), read through the list's cached
 * reader, so only public values and only records inside the list's scope: a
 * record outside it is a 404, exactly as on the list's JSON route. When Caraer
 * cannot be reached, the form still renders (without the title): the
 * submission checks the scope again.
 */
export async function loadRelated(
  c: Context<AppEnv>,
  loaded: LoadedForm,
  uuid: string | undefined,
): Promise<RelatedRecord | undefined> {
  if (uuid === undefined || uuid === "") return undefined;
  const relation = loaded.served.settings.relation;
  if (!UUID.test(uuid)) throw new ApiError("INVALID_REQUEST", "vacancy must be a UUID.");
  if (!relation) throw new ApiError("NOT_FOUND", "This form takes no related record.");
  const list = c.get("services").config.LISTS[relation.list];
  if (!list) throw new ApiError("NOT_FOUND", "No such list.");
  const canonical = uuid.toLowerCase();
  try {
    const cached = await readRecord(readContext(c), relation.list, list, canonical);
    if (!cached) throw new ApiError("NOT_FOUND", "No such record.");
    const record = (JSON.parse(cached.body) as { data: PublicRecord }).data;
    const shown = loaded.view.site.lists[relation.list];
    const title = shown ? recordTitle(record, shown) : record.properties.title;
    return {
      uuid: canonical,
      title: typeof title === "string" && title !== canonical ? title : null,
    };
  } catch (error) {
    if (error instanceof UpstreamError && error.transient) return { uuid: canonical, title: null };
    throw error;
  }
}

/**
 * The application form of a vacancy page (the list's form from `FORMS`), for
 * a page that is cached and shared: without a per-render idempotency key or
 * render time (the payload's hash keeps a double post to one submission).
 * `null` when the form cannot be loaded, so the page still shows, with a link.
 */
export async function loadVacancyForm(
  c: Context<AppEnv>,
  formUuid: string,
  related: RelatedRecord,
): Promise<{ form: FormViewProps; csp: CspSources } | null> {
  try {
    const loaded = await loadForm(c, formUuid);
    return {
      form: formProps(loaded, related, {
        headingLevel: 2,
        shared: true,
        fragment: isFragmentPath(c.req.path),
      }),
      csp: formCsp(loaded),
    };
  } catch (error) {
    if (error instanceof ApiError || error instanceof UpstreamError) {
      c.get("services").log.warn("site.form_unavailable", {
        form: formUuid,
        ...describeError(error),
      });
      return null;
    }
    throw error;
  }
}
