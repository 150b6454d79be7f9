import type { FC } from "hono/jsx";
import type { Field } from "../../forms/fields";
import type { Translate } from "../i18n";
import { controlKind } from "./constraints";
import { fieldId } from "./ids";
import { issueMessage } from "./issues";
import type { FormViewProps } from "./view-props";

/** One line of the error summary. */
export interface SummaryItem {
  href: string | null;
  text: string;
}

/**
 * The box at the top of a form shown again after a refusal: what went wrong,
 * with a link to each field concerned (focused by the embed script).
 */
export const ErrorSummary: FC<{
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

/** One line per issue, linked to its field's input when the field is shown. */
export function summaryItems(
  props: Pick<FormViewProps, "state" | "t" | "formUuid">,
  fieldsByName: Map<string, Field>,
): SummaryItem[] {
  return (props.state?.issues ?? []).map((issue) => {
    const field = fieldsByName.get(issue.field);
    const text = issueMessage(issue, field, props.t);
    return field && controlKind(field) !== "hidden"
      ? { href: `#${fieldId(props.formUuid, field.name)}`, text: `${field.label}: ${text}` }
      : { href: null, text };
  });
}
