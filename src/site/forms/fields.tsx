import type { FC } from "hono/jsx";
import type { Field } from "../../forms/fields";
import type { Translate } from "../i18n";
import { type Constraints, controlKind } from "./constraints";
import { isTicked, postedList, postedText, rangeEnds } from "./state";

/** Everything one field needs to render. */
export interface FieldProps {
  field: Field;
  constraints: Constraints;
  /** The id of its (first) input; help and error ids derive from it. */
  id: string;
  /** What it shows: posted or default. */
  value: unknown;
  /** The localised problem, when the field was refused. */
  error: string | undefined;
  /** Files were chosen before and must be chosen again. */
  fileAgain: boolean;
  /** A sentence about accepted files, for file fields. */
  fileHint: string | undefined;
  t: Translate;
}

/** The attributes shared by every input of a field: constraints and error wiring. */
function inputAttributes(props: FieldProps, describedBy: string | undefined) {
  const { constraints } = props;
  return {
    type: constraints.type,
    required: constraints.required || undefined,
    min: constraints.min,
    max: constraints.max,
    step: constraints.step,
    maxlength: constraints.maxlength,
    pattern: constraints.pattern,
    accept: constraints.accept,
    multiple: constraints.multiple || undefined,
    inputmode: constraints.inputmode,
    autocomplete: constraints.autocomplete,
    "aria-invalid": props.error ? "true" : undefined,
    "aria-describedby": describedBy,
  };
}

/** The ids of the help text and the error, when they exist. */
function describedBy(props: FieldProps): string | undefined {
  const ids = [
    props.field.helpText ? `${props.id}-help` : null,
    props.fileHint ? `${props.id}-files` : null,
    props.fileAgain ? `${props.id}-again` : null,
    props.error ? `${props.id}-error` : null,
  ].filter((id) => id !== null);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const RequiredMark: FC<{ required: boolean; t: Translate }> = ({ required, t }) =>
  required ? (
    <>
      {" "}
      <span class="caraer-field__required">({t("required")})</span>
    </>
  ) : null;

/** Help text, file hints and the error under a field's label. */
const Notes: FC<FieldProps> = (props) => (
  <>
    {props.field.helpText && (
      <p class="caraer-field__help" id={`${props.id}-help`}>
        {props.field.helpText}
      </p>
    )}
    {props.fileHint && (
      <p class="caraer-field__help" id={`${props.id}-files`}>
        {props.fileHint}
      </p>
    )}
    {props.fileAgain && (
      <p class="caraer-field__again" id={`${props.id}-again`}>
        {props.t("fileAgain")}
      </p>
    )}
    {props.error && (
      <p class="caraer-field__error" id={`${props.id}-error`}>
        {props.error}
      </p>
    )}
  </>
);

function fieldClass(props: FieldProps, extra = ""): string {
  return `caraer-field${extra}${props.error ? " caraer-field--invalid" : ""}`;
}

/** A labelled single control: text-like inputs, textareas, selects, files. */
const LabelledControl: FC<FieldProps> = (props) => {
  const { field, id, t } = props;
  const kind = controlKind(field);
  const attributes = inputAttributes(props, describedBy(props));
  let control: unknown;
  if (kind === "textarea") {
    const { type: _type, ...rest } = attributes;
    control = (
      <textarea
        id={id}
        name={field.name}
        rows={5}
        placeholder={field.placeholder ?? undefined}
        {...rest}
      >
        {postedText(props.value)}
      </textarea>
    );
  } else if (kind === "select" || kind === "select-multiple") {
    const { type: _type, ...rest } = attributes;
    const chosen = new Set(kind === "select" ? [postedText(props.value)] : postedList(props.value));
    control = (
      <select id={id} name={field.name} {...rest}>
        {kind === "select" && <option value="">{t("chooseOne")}</option>}
        {field.options.map((option) => (
          <option value={option.name} selected={chosen.has(option.name) || undefined}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === "file") {
    control = <input id={id} name={field.name} {...attributes} />;
  } else {
    control = (
      <input
        id={id}
        name={field.name}
        value={postedText(props.value) || undefined}
        placeholder={field.placeholder ?? undefined}
        {...attributes}
      />
    );
  }
  return (
    <div class={fieldClass(props)} data-field={field.name}>
      <label class="caraer-field__label" for={id}>
        {field.label}
        <RequiredMark required={field.required} t={t} />
      </label>
      <Notes {...props} />
      {control}
    </div>
  );
};

/** A single checkbox: the box, then its label (a consent, a yes/no). */
const CheckboxField: FC<FieldProps> = (props) => {
  const { field, id, t } = props;
  return (
    <div class={fieldClass(props, " caraer-field--checkbox")} data-field={field.name}>
      <input
        id={id}
        name={field.name}
        value="true"
        checked={isTicked(props.value) || undefined}
        {...inputAttributes(props, describedBy(props))}
        type="checkbox"
      />
      <label class="caraer-field__label" for={id}>
        {field.label}
        <RequiredMark required={field.required} t={t} />
      </label>
      <Notes {...props} />
    </div>
  );
};

/** Radio boxes or checkboxes in a fieldset whose legend is the label. */
const ChoiceGroup: FC<FieldProps> = (props) => {
  const { field, id, t } = props;
  const radios = controlKind(field) === "radios";
  const chosen = new Set(radios ? [postedText(props.value)] : postedList(props.value));
  const notes = describedBy(props);
  return (
    <fieldset
      class={fieldClass(props, " caraer-field--choices")}
      data-field={field.name}
      aria-describedby={notes}
    >
      <legend class="caraer-field__label">
        {field.label}
        <RequiredMark required={field.required} t={t} />
      </legend>
      <Notes {...props} />
      <div class={`caraer-choices${field.styling === "grid" ? " caraer-choices--grid" : ""}`}>
        {field.options.map((option, index) => (
          <label class="caraer-choice">
            <input
              id={index === 0 ? id : `${id}-${index}`}
              name={field.name}
              value={option.name}
              checked={chosen.has(option.name) || undefined}
              {...inputAttributes(props, undefined)}
              type={radios ? "radio" : "checkbox"}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};

/** A range: two numbers, "from" and "to", posted under one name. */
const RangeField: FC<FieldProps> = (props) => {
  const { field, id, t } = props;
  const [from, to] = rangeEnds(props.value);
  const attributes = inputAttributes(props, undefined);
  return (
    <fieldset
      class={fieldClass(props, " caraer-field--range")}
      data-field={field.name}
      aria-describedby={describedBy(props)}
    >
      <legend class="caraer-field__label">
        {field.label}
        <RequiredMark required={field.required} t={t} />
      </legend>
      <Notes {...props} />
      <div class="caraer-range">
        <label for={id}>{t("from")}</label>
        <input id={id} name={field.name} value={from || undefined} {...attributes} />
        <label for={`${id}-to`}>{t("to")}</label>
        <input id={`${id}-to`} name={field.name} value={to || undefined} {...attributes} />
      </div>
    </fieldset>
  );
};

/** One field of a form, as its control kind says. Hidden and unsupported fields render nothing here. */
export const FieldControl: FC<FieldProps> = (props) => {
  switch (controlKind(props.field)) {
    case "checkbox":
      return <CheckboxField {...props} />;
    case "radios":
    case "checkboxes":
      return <ChoiceGroup {...props} />;
    case "range":
      return <RangeField {...props} />;
    case "hidden":
    case "unsupported":
      return null;
    default:
      return <LabelledControl {...props} />;
  }
};
