import type { PublicProperty } from "../projection/public-schema";
import type { Translate } from "./i18n";
import { shownType } from "./property-types";

/** How values are written for one page: language, UI strings and the currency of money values. */
export interface ValueFormat {
  lang: string;
  t: Translate;
  /** ISO 4217 code for `currency` formats; plain numbers without it. */
  currency: string | undefined;
}

/**
 * A public value as a person reads it, or null when there is nothing to show:
 * dates in the site's language, money with its currency, selects by their
 * option labels, ranges as "from – to", checkboxes as yes/no.
 */
export function formatValue(
  property: PublicProperty,
  value: unknown,
  format: ValueFormat,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  const type = shownType(property.type);
  switch (type) {
    case null:
      return null;
    case "number":
      return formatNumber(value, property, format);
    case "date":
      return formatDate(value, format.lang);
    case "checkbox":
      return value === true ? format.t("yes") : value === false ? format.t("no") : null;
    case "single-select":
    case "multi-select":
    case "tag": {
      const names = Array.isArray(value) ? value : [value];
      const labels = names
        .filter((name): name is string => typeof name === "string")
        .map((name) => optionLabel(property, name));
      return labels.length > 0 ? labels.join(", ") : null;
    }
    case "range": {
      const bounds = String(value)
        .split(";")
        .map((bound) => formatNumber(bound, property, format));
      if (bounds.length !== 2 || bounds.some((bound) => bound === null)) return null;
      return bounds[0] === bounds[1] ? (bounds[0] ?? null) : `${bounds[0]} – ${bounds[1]}`;
    }
    case "string":
      return typeof value === "string" ? value : null;
  }
}

/** The label of a select option, or its name when it has none (or is unknown). */
export function optionLabel(property: PublicProperty, name: string): string {
  return property.options.find((option) => option.name === name)?.label ?? name;
}

/** The label of a property, or its name. */
export function propertyLabel(property: PublicProperty): string {
  return property.label ?? property.name;
}

function formatNumber(value: unknown, property: PublicProperty, format: ValueFormat) {
  const number = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isFinite(number) || String(value).trim() === "") return null;
  const money = property.format?.startsWith("currency") && format.currency;
  return new Intl.NumberFormat(format.lang, {
    ...(money ? { style: "currency", currency: format.currency, maximumFractionDigits: 0 } : {}),
  }).format(number);
}

/** Caraer dates arrive as epoch milliseconds or ISO strings; shown as calendar dates. */
function formatDate(value: unknown, lang: string): string | null {
  const date = toDate(value);
  return date
    ? new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date)
    : null;
}

/** A Caraer date value as a Date, or null. */
function toDate(value: unknown): Date | null {
  const date =
    typeof value === "number"
      ? new Date(value)
      : typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? new Date(value)
        : typeof value === "string" && /^-?\d+$/.test(value)
          ? new Date(Number(value))
          : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
