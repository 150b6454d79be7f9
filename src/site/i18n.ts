import type { SiteLocale } from "../config/site";
import { en, type MessageKey } from "./messages/en";
import { nl } from "./messages/nl";

export type { MessageKey };

/**
 * The edge's own UI strings, one catalogue per language in `messages/`: the careers
 * site and the rendered forms (and through them the embed script) read their
 * buttons, states and errors from here. Content (titles, labels, descriptions) comes from Caraer.
 * `{name}` placeholders are filled by {@link format}.
 */
const CATALOGUE: Record<SiteLocale, Record<MessageKey, string>> = { en, nl };

/** BCP 47 tags for `Intl` formatting and `<html lang>`. */
export const LANGUAGE_TAGS: Record<SiteLocale, string> = { en: "en-GB", nl: "nl-NL" };

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The translator of a locale. */
export function translator(locale: SiteLocale): Translate {
  const messages = CATALOGUE[locale];
  return (key, values) => format(messages[key], values);
}

/**
 * The strings the embed script (`embed/caraer-embed.js`) shows itself; a
 * rendered form carries them for it, as the script has no catalogue of its own.
 */
const EMBED_KEYS = [
  "back",
  "next",
  "sending",
  "uploading",
  "errorGeneric",
  "errorSummaryTitle",
  "thankYouDefault",
  "received",
  "failedState",
  "statusLink",
  "tooMany",
  "unavailable",
  "offline",
  "fileTooLarge",
  "fileType",
] as const satisfies readonly MessageKey[];

/** The embed script's strings of a locale, with every field problem (`issue_*`) it may show. */
export function embedMessages(locale: SiteLocale): Record<string, string> {
  const messages = CATALOGUE[locale];
  return Object.fromEntries(
    Object.entries(messages).filter(
      ([key]) => key.startsWith("issue_") || (EMBED_KEYS as readonly string[]).includes(key),
    ),
  );
}
