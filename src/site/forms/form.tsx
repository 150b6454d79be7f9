import type { FC } from "hono/jsx";
import type { Field } from "../../forms/fields";
import { RESERVED_FIELDS } from "../../forms/reserved";
import type { FieldIssue } from "../../http/errors";
import { constraintsOf } from "./constraints";
import { ErrorSummary, summaryItems } from "./error-summary";
import { FieldControl } from "./fields";
import { fileHint, fileTypesText } from "./file-hint";
import { fieldId, idPrefix } from "./ids";
import { issueMessage } from "./issues";
import { ReservedInputs } from "./reserved-inputs";
import { shownValue } from "./state";
import { textParagraphs } from "./text";
import type { FormViewProps } from "./view-props";

/** Cloudflare Turnstile's widget script; the widget fills `cf-turnstile-response`. */
export const TURNSTILE_SCRIPT = "https://challenges.cloudflare.com/turnstile/v0/api.js";

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
