/**
 * The filter controls of the list's search form (`search-form.tsx`), one per
 * filterable public property, chosen by its type and the operators the list
 * allows: option checkboxes or a select, bounds, a yes checkbox, a text input.
 * Their names and values are the JSON API's `filter[prop]` parameters.
 */
import type { FC } from "hono/jsx";
import type { FilterOperator } from "../../config/lists";
import type { PublicProperty } from "../../projection/public-schema";
import { servedAs } from "../../reads/operators";
import { optionLabel, propertyLabel } from "../format";
import type { Translate } from "../i18n";

/** Lower and upper bound operators a number or date filter can be typed into, best first. */
const LOWER: readonly FilterOperator[] = ["bigger_than_or_equal_to", "bigger_than"];
const UPPER: readonly FilterOperator[] = ["smaller_than_or_equal_to", "smaller_than"];

/** Longer option lists get a select rather than a wall of checkboxes. */
const MAX_CHECKBOXES = 8;

/** What each filter control gets: the property, the operators the list allows on it, the query. */
interface ControlProps {
  property: PublicProperty;
  allowed: readonly FilterOperator[];
  params: URLSearchParams;
  t: Translate;
}

/** The parameter name of a filter: the default operator needs none. */
function paramName(property: string, operator: FilterOperator, allowed: readonly FilterOperator[]) {
  return allowed[0] === operator ? `filter[${property}]` : `filter[${property}][${operator}]`;
}

/** The current values of a filter parameter, with or without its explicit default operator. */
function current(
  params: URLSearchParams,
  property: string,
  operator: FilterOperator,
  allowed: readonly FilterOperator[],
) {
  const values = params.getAll(`filter[${property}][${operator}]`);
  return allowed[0] === operator ? [...params.getAll(`filter[${property}]`), ...values] : values;
}

/** The first of `operators` (best first) that the list allows and Caraer can serve for the property. */
function usable(
  property: PublicProperty,
  allowed: readonly FilterOperator[],
  operators: readonly FilterOperator[],
) {
  return operators.find(
    (operator) => allowed.includes(operator) && servedAs(property.type, operator) !== undefined,
  );
}

/** Option lists longer than this fold into a disclosure, open while one of them is chosen. */
const MAX_UNFOLDED = 5;

/** Options as checkboxes (several may be chosen: OR-ed, as repeated parameters do in the API). */
const OptionChecks: FC<ControlProps & { operator: FilterOperator }> = (props) => {
  const { property, operator, allowed, params } = props;
  const name = paramName(property.name, operator, allowed);
  const chosen = current(params, property.name, operator, allowed);
  const id = `filter-${property.name}`;
  const checks = (
    <div class="caraer-checks">
      {property.options.map((option, index) => (
        <label class="caraer-check" for={`${id}-${index}`}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            name={name}
            value={option.name}
            checked={chosen.includes(option.name)}
          />
          {option.label ?? option.name}
        </label>
      ))}
    </div>
  );
  if (property.options.length <= MAX_UNFOLDED) {
    return (
      <fieldset class="caraer-field">
        <legend>{propertyLabel(property)}</legend>
        {checks}
      </fieldset>
    );
  }
  return (
    <details class="caraer-fold" open={chosen.length > 0}>
      <summary>
        {propertyLabel(property)}
        {chosen.length > 0 && ` (${chosen.length})`}
      </summary>
      <fieldset class="caraer-field">
        <legend class="caraer-visually-hidden">{propertyLabel(property)}</legend>
        {checks}
      </fieldset>
    </details>
  );
};

/** Options as one select with "any" first. */
const OptionSelect: FC<ControlProps & { operator: FilterOperator }> = (props) => {
  const { property, operator, allowed, params, t } = props;
  const chosen = current(params, property.name, operator, allowed)[0] ?? "";
  const id = `filter-${property.name}`;
  return (
    <div class="caraer-field">
      <label for={id}>{propertyLabel(property)}</label>
      <select id={id} name={paramName(property.name, operator, allowed)}>
        <option value="">{t("any")}</option>
        {property.options.map((option) => (
          <option value={option.name} selected={chosen === option.name}>
            {optionLabel(property, option.name)}
          </option>
        ))}
      </select>
    </div>
  );
};

/** Lower and upper bounds as two number or date inputs. */
const Bounds: FC<ControlProps> = (props) => {
  const { property, allowed, params, t } = props;
  const lower = usable(property, allowed, LOWER);
  const upper = usable(property, allowed, UPPER);
  const type = property.type === "date" ? "date" : "number";
  const id = `filter-${property.name}`;
  const input = (operator: FilterOperator, suffix: string, label: string) => (
    <label for={`${id}-${suffix}`}>
      {label}
      <input
        type={type}
        id={`${id}-${suffix}`}
        name={paramName(property.name, operator, allowed)}
        value={current(params, property.name, operator, allowed)[0] ?? ""}
        {...(type === "number" ? { inputmode: "decimal", step: "any" } : {})}
      />
    </label>
  );
  const dates = type === "date";
  return (
    <fieldset class="caraer-field">
      <legend>{propertyLabel(property)}</legend>
      <div class="caraer-pair">
        {lower && input(lower, "min", dates ? t("from") : t("atLeast"))}
        {upper && input(upper, "max", dates ? t("to") : t("atMost"))}
      </div>
    </fieldset>
  );
};

/** A yes/no property as one checkbox: checked narrows to "yes", unchecked means any. */
const YesCheck: FC<ControlProps & { operator: FilterOperator }> = (props) => {
  const { property, operator, allowed, params } = props;
  const id = `filter-${property.name}`;
  return (
    <div class="caraer-field">
      <label class="caraer-check" for={id}>
        <input
          type="checkbox"
          id={id}
          name={paramName(property.name, operator, allowed)}
          value="true"
          checked={current(params, property.name, operator, allowed).includes("true")}
        />
        {propertyLabel(property)}
      </label>
    </div>
  );
};

/** A text property as a text input. */
const TextInput: FC<ControlProps & { operator: FilterOperator }> = (props) => {
  const { property, operator, allowed, params } = props;
  const id = `filter-${property.name}`;
  return (
    <div class="caraer-field">
      <label for={id}>{propertyLabel(property)}</label>
      <input
        type="search"
        id={id}
        name={paramName(property.name, operator, allowed)}
        value={current(params, property.name, operator, allowed)[0] ?? ""}
        maxlength={200}
      />
    </div>
  );
};

/** The control of one filterable public property, by its type and allowed operators; null when none fits. */
export function FilterControl(props: ControlProps) {
  const { property, allowed } = props;
  switch (property.type) {
    case "single-select":
    case "multi-select":
    case "tag": {
      // Any of the chosen options: `any`, or equality OR-ed over the values. The list's
      // default first, so the URL carries plain `filter[prop]` as JSON API links do.
      const choices: FilterOperator[] = ["any", "equals_exactly"];
      const preferred = allowed[0] && choices.includes(allowed[0]) ? [allowed[0]] : [];
      const operator = usable(property, allowed, [...preferred, ...choices]);
      if (!operator || property.options.length === 0) return null;
      return property.options.length > MAX_CHECKBOXES && property.type === "single-select" ? (
        <OptionSelect {...props} operator={operator} />
      ) : (
        <OptionChecks {...props} operator={operator} />
      );
    }
    case "checkbox": {
      const operator = usable(property, allowed, ["equals_exactly"]);
      return operator ? <YesCheck {...props} operator={operator} /> : null;
    }
    case "number":
    case "date":
      return usable(property, allowed, LOWER) || usable(property, allowed, UPPER) ? (
        <Bounds {...props} />
      ) : null;
    case "string": {
      const operator = usable(property, allowed, ["contains_flexibly", "equals_exactly"]);
      return operator ? <TextInput {...props} operator={operator} /> : null;
    }
    default:
      return null;
  }
}
