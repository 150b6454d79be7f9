import type { FC } from "hono/jsx";
import type { FormDefinition } from "../../forms/definition";
import { safeRedirect } from "../../forms/redirect";
import { ASSETS } from "../assets.gen";
import { Document, Fragment } from "../components/layout";
import type { SiteView } from "../context";
import type { CspSources } from "../csp";
import { embedMessages, type Translate } from "../i18n";
import { FormView, TURNSTILE_SCRIPT } from "./form";
import type { LoadedForm, RelatedRecord } from "./load";
import type { FormState } from "./state";
import type { FormViewProps } from "./view-props";

/** Where the edge's rendered forms post: the submissions route, asking for pages back. */
function submissionAction(formUuid: string): string {
  return `/v1/forms/${formUuid}/submissions?view=page`;
}

/** The sources a page with this form needs beyond the site's: Turnstile's script and frame. */
export function formCsp(loaded: LoadedForm): CspSources {
  if (!loaded.turnstileSiteKey) return {};
  const origin = new URL(TURNSTILE_SCRIPT).origin;
  return { scripts: [origin], frames: [origin], connect: [origin] };
}

/** The title of a form's page. */
function formTitle(definition: FormDefinition): string {
  return definition.form.label || definition.form.name || "Form";
}

/** The props of a freshly rendered form (a new idempotency key and render time), or one shown again. */
export function formProps(
  loaded: LoadedForm,
  related: RelatedRecord | undefined,
  options: {
    headingLevel: 1 | 2;
    state?: FormState;
    idempotencyKey?: string | undefined;
    /** Rendered into a cached page shared by every visitor: no per-render key or time. */
    shared?: boolean;
    /** Rendered for other sites: the stylesheet is linked by its absolute URL. */
    fragment?: boolean;
  },
): FormViewProps {
  const fresh = !options.shared;
  return {
    definition: loaded.definition,
    formUuid: loaded.served.uuid,
    settings: loaded.served.settings,
    t: loaded.t,
    action: submissionAction(loaded.served.uuid),
    idempotencyKey: fresh ? (options.idempotencyKey ?? crypto.randomUUID()) : undefined,
    loadedAt: fresh ? Date.now() : undefined,
    related,
    turnstileSiteKey: loaded.turnstileSiteKey,
    state: options.state,
    headingLevel: options.headingLevel,
    ...(options.fragment
      ? {
          messages: embedMessages(loaded.view.site.locale),
          redirectUrl:
            loaded.served.settings.redirectUrl ?? safeRedirect(loaded.definition.form.redirectUrl),
        }
      : {}),
    ownPage: !options.fragment,
    stylesheet: `${options.fragment ? loaded.view.site.origin : ""}${ASSETS["forms.css"]}`,
  };
}

/** A form on its own page of the site. */
export const FormPage: FC<{ view: SiteView; form: FormViewProps }> = ({ view, form }) => (
  <Document view={view} title={formTitle(form.definition)} noindex>
    <div class="caraer-form-page caraer-card">
      <FormView {...form} />
    </div>
  </Document>
);

/** A form as a fragment, for other sites' servers and the embed script. */
export const FormFragment: FC<{ view: SiteView; form: FormViewProps }> = ({ view, form }) => (
  <Fragment view={view}>
    <FormView {...form} />
  </Fragment>
);

/** What the visitor is told after a post: delivered, received and queued, or waiting for the team. */
export const SubmittedContent: FC<{
  t: Translate;
  title: string;
  message: string;
  statusUrl: string | null;
  continueUrl: string | null;
}> = ({ t, title, message, statusUrl, continueUrl }) => (
  <div class="caraer-form-page caraer-card caraer-form__done" role="status">
    <h1>{title}</h1>
    <p>{message}</p>
    {statusUrl && (
      <p>
        <a href={statusUrl}>{t("statusLink")}</a>
      </p>
    )}
    {continueUrl && (
      <p>
        <a class="caraer-button" href={continueUrl}>
          {t("continue")}
        </a>
      </p>
    )}
  </div>
);
