import type { FC } from "hono/jsx";
import type { FormSettings } from "../../config/forms";
import type { FormDefinition } from "../../forms/definition";
import type { Field } from "../../forms/fields";
import { RESERVED_FIELDS } from "../../forms/reserved";
import type { FieldIssue } from "../../http/errors";
import type { Translate } from "../i18n";
import { constraintsOf, controlKind } from "./constraints";
import { FieldControl } from "./fields";
import { issueMessage } from "./issues";
import { type FormState, postedText, shownValue } from "./state";
import { textParagraphs } from "./text";

/** Cloudflare Turnstile's widget script; the widget fills `cf-turnstile-response`. */
export const TURNSTILE_SCRIPT = "https://challenges.cloudflare.com/turnstile/v0/api.js";

/** Everything a rendered form needs besides its definition. */
export interface FormViewProps {
  definition: FormDefinition;
  formUuid: string;
  settings: FormSettings;
  t: Translate;
  /** Where it posts: the submissions route. */
  action: string;
  /**
   * One per rendered form: a double click or a resent page makes one submission.
   * Absent in cached pages (shared by every visitor), where the payload's hash is the key.
   */
  idempotencyKey?: string | undefined;
  /** When the form was rendered (unix ms), for the minimum fill-in time; absent in cached pages. */
  loadedAt?: number | undefined;
  /** The related record (e.g. the vacancy) and its public title, when the form is linked. */
  related?: { uuid: string; title: string | null } | undefined;
  /** Turnstile's site key, when the challenge is required. */
  turnstileSiteKey?: string | null | undefined;
  /** A form shown again after a refusal. */
  state?: FormState | undefined;
  /** The forms stylesheet's URL (absolute in fragments, which other sites include). */
  stylesheet?: string | undefined;
  /**
   * On the edge's own pages: the site sends `Referrer-Policy: no-referrer`, with
   * which browsers post forms with `Origin: null`, which the origin check refuses;
   * `same-origin` keeps referrers off other sites and lets the post say where it is from.
   */
  ownPage?: boolean | undefined;
  /** Strings the embed script shows (fragments only), from the same catalogue. */
  messages?: Readonly<Record<string, string>> | undefined;
  /** Where a successful post lands (the form's redirect), for the embed script. */
  redirectUrl?: string | null | undefined;
  /** Heading level of the form's title: 1 on its own page, 2 inside another page. */
  headingLevel?: 1 | 2;
}

/** The id prefix of a form's inputs; short, stable, unique per form on a page. */
export function idPrefix(formUuid: string): string {
  return `caraer-${formUuid.slice(0, 8)}`;
}

/** The id of a field's (first) input, the target of the error summary's links. */
export function fieldId(formUuid: string, name: string): string {
  return `${idPrefix(formUuid)}-${name}`;
}

function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The accepted kinds of file as people name them ("PDF, DOCX"), not as the `accept` list spells them. */
function fileTypesText(settings: FormSettings): string {
  return settings.uploads.allowedTypes.map((kind) => kind.toUpperCase()).join(", ");
}

/** The accepted-files sentence of a file field. */
export function fileHint(settings: FormSettings, t: Translate): string {
  const { maxFiles, maxFileBytes } = settings.uploads;
  const types = fileTypesText(settings);
  const size = sizeText(maxFileBytes);
  return maxFiles > 1
    ? t("fileLimits", { count: maxFiles, size, types })
    : t("fileLimitsOne", { size, types });
}

interface SummaryItem {
  href: string | null;
  text: string;
}

const ErrorSummary: FC<{
  id: string;
  items: SummaryItem[];
  message?: string | undefined;
  t: Translate;
}> = ({ id, items, message, t }) => (
  <div
    class="caraer-form__summary"
    id={id}
    role="alert"
    tabindex={-1}
    aria-labelledby={`${id}-title`}
  >
    <h2 class="caraer-form__summary-title" id={`${id}-title`}>
      {t("errorSummaryTitle")}
    </h2>
    {message && <p>{message}</p>}
    {items.length > 0 && (
      <>
        <p>
          {items.length === 1
            ? t("errorSummaryIntroOne")
            : t("errorSummaryIntro", { count: items.length })}
        </p>
        <ul>
          {items.map((item) => (
            <li>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
          ))}
        </ul>
      </>
    )}
  </div>
);

function summaryItems(props: FormViewProps, fieldsByName: Map<string, Field>): SummaryItem[] {
  return (props.state?.issues ?? []).map((issue) => {
    const field = fieldsByName.get(issue.field);
    const text = issueMessage(issue, field, props.t);
    return field && controlKind(field) !== "hidden"
      ? { href: `#${fieldId(props.formUuid, field.name)}`, text: `${field.label}: ${text}` }
      : { href: null, text };
  });
}

/** The spam layers and bookkeeping of a form: honeypot, render time, idempotency key, related record. */
const ReservedInputs: FC<FormViewProps> = (props) => {
  const honeypot = props.settings.spam.honeypotField;
  const honeypotId = `${idPrefix(props.formUuid)}-hp`;
  const loadedAt =
    postedText(props.state?.values[RESERVED_FIELDS.loadedAt]) || String(props.loadedAt ?? "");
  return (
    <>
      {/* Off-screen for people, tempting for bots: a filled honeypot is answered like a success and dropped. */}
      <div class="caraer-hp" aria-hidden="true">
        <label for={honeypotId}>{props.t("honeypot")}</label>
        <input type="text" id={honeypotId} name={honeypot} tabindex={-1} autocomplete="off" />
      </div>
      {loadedAt && <input type="hidden" name={RESERVED_FIELDS.loadedAt} value={loadedAt} />}
      {props.idempotencyKey && (
        <input type="hidden" name={RESERVED_FIELDS.idempotencyKey} value={props.idempotencyKey} />
      )}
      {props.related && (
        <input type="hidden" name={RESERVED_FIELDS.relatedRecordUuid} value={props.related.uuid} />
      )}
    </>
  );
};

/** The submit button's text: the form's own submit cell, else the catalogue's. */
function submitText(props: FormViewProps): string {
  for (const slide of props.definition.form.grids) {
    for (const cell of (slide.grid ?? []).flat()) {
      if (typeof cell.submitButton === "string" && cell.submitButton.trim() !== "") {
        return cell.submitButton.trim();
      }
    }
  }
  return props.t("send");
}

/**
 * A form rendered on the server from its definition: every slide in order
 * (`step` grids as the steps of one `<form>`, all visible without JavaScript;
 * `section` grids as information slides; text cells as escaped text), each
 * input with its label, help, required marker and the constraint attributes
 * that mirror the edge's checks; the spam layers; and, when shown again after
 * a refusal, the visitor's values, errors next to their fields and a summary
 * at the top linking to them. Posts to the submissions route as a plain form.
 */
export const FormView: FC<FormViewProps> = (props) => {
  const { definition, formUuid, settings, t, state } = props;
  const { form, fields } = definition;
  const fieldsByName = new Map(fields.map((field) => [field.name, field]));
  const issuesByField = new Map<string, FieldIssue>();
  for (const issue of state?.issues ?? []) {
    if (!issuesByField.has(issue.field)) issuesByField.set(issue.field, issue);
  }
  const hasFiles = fields.some((field) => field.type === "file" && !field.hidden);
  const prefix = idPrefix(formUuid);
  const steps = form.grids.filter((slide) => slide.type !== "section").length;
  const items = summaryItems(props, fieldsByName);
  const Heading = props.headingLevel === 1 ? "h1" : "h2";
  let stepNumber = 0;
  const renderField = (field: Field) => {
    const issue = issuesByField.get(field.name);
    return (
      <FieldControl
        field={field}
        constraints={constraintsOf(field, settings.uploads)}
        id={fieldId(formUuid, field.name)}
        value={shownValue(field, state)}
        error={issue ? issueMessage(issue, field, t) : undefined}
        fileAgain={field.type === "file" && (state?.droppedFiles.has(field.name) ?? false)}
        fileHint={field.type === "file" ? fileHint(settings, t) : undefined}
        t={t}
      />
    );
  };
  return (
    <>
      {props.ownPage && <meta name="referrer" content="same-origin" />}
      {props.stylesheet && <link rel="stylesheet" href={props.stylesheet} />}
      <form
        class="caraer-form"
        id={`${prefix}-form`}
        method="post"
        action={props.action}
        enctype={hasFiles ? "multipart/form-data" : "application/x-www-form-urlencoded"}
        accept-charset="utf-8"
        data-caraer-form={formUuid}
        data-steps={steps}
        data-max-file-bytes={settings.uploads.maxFileBytes}
        data-max-files={settings.uploads.maxFiles}
        data-file-types={fileTypesText(settings)}
        data-thank-you={form.thankYouMessage || undefined}
        data-redirect={props.redirectUrl ?? undefined}
        data-messages={props.messages ? JSON.stringify(props.messages) : undefined}
        aria-labelledby={`${prefix}-title`}
      >
        <Heading class="caraer-form__title" id={`${prefix}-title`}>
          {form.label || form.name || ""}
        </Heading>
        {props.related?.title && (
          <p class="caraer-form__related">{t("applyingFor", { title: props.related.title })}</p>
        )}
        {typeof form.description === "string" && form.description && (
          <p class="caraer-form__intro">{form.description}</p>
        )}
        {(items.length > 0 || state?.message) && (
          <ErrorSummary id={`${prefix}-summary`} items={items} message={state?.message} t={t} />
        )}
        {form.grids.map((slide, index) => {
          const isSection = slide.type === "section";
          if (!isSection) stepNumber += 1;
          const slideFields = fields.filter((field) => field.step === index);
          const texts = (slide.grid ?? []).flat().flatMap((cell) => textParagraphs(cell.text));
          const titleId = `${prefix}-slide-${index}`;
          const body = (
            <>
              {typeof slide.description === "string" && slide.description && (
                <p class="caraer-slide__intro">{slide.description}</p>
              )}
              {texts.map((text) => (
                <p class="caraer-slide__text">{text}</p>
              ))}
              {slideFields.map(renderField)}
            </>
          );
          return isSection ? (
            <section
              class="caraer-slide caraer-slide--section"
              data-slide={index}
              aria-labelledby={titleId}
            >
              <h3 class="caraer-slide__title" id={titleId}>
                {slide.title ?? ""}
              </h3>
              {body}
            </section>
          ) : (
            <fieldset
              class="caraer-slide caraer-slide--step"
              data-slide={index}
              data-step={stepNumber}
            >
              <legend class="caraer-slide__title" id={titleId}>
                {slide.title ?? ""}
                {steps > 1 && (
                  <span class="caraer-slide__count">
                    {" "}
                    {t("stepOf", { step: stepNumber, steps })}
                  </span>
                )}
              </legend>
              {body}
            </fieldset>
          );
        })}
        {fields
          .filter((field) => field.hidden)
          .map((field) => (
            <input type="hidden" name={field.name} value={field.defaultValue ?? ""} />
          ))}
        <ReservedInputs {...props} />
        {props.turnstileSiteKey && (
          <div class="caraer-form__challenge">
            <div
              class="cf-turnstile"
              data-sitekey={props.turnstileSiteKey}
              data-response-field-name={RESERVED_FIELDS.turnstileToken}
            />
            <script src={TURNSTILE_SCRIPT} async defer />
          </div>
        )}
        <div class="caraer-form__actions">
          <button class="caraer-button caraer-form__submit" type="submit">
            {submitText(props)}
          </button>
        </div>
      </form>
    </>
  );
};
