import type { SiteLocale } from "../config/site";

/**
 * The site's own UI strings, one catalogue for every language: the careers
 * site and (later) the embedded forms read their buttons, states and errors
 * from here. Content (titles, labels, descriptions) comes from Caraer.
 * `{name}` placeholders are filled by {@link format}.
 */
const en = {
  skipToContent: "Skip to content",
  mainNavigation: "Main",
  home: "Home",
  jobs: "Jobs",
  newestJobs: "Newest positions",
  allJobs: "All {count} positions",
  viewAll: "View all positions",
  search: "Search",
  searchLabel: "Search positions",
  searchRegion: "Search and filter positions",
  searchPlaceholder: "Job title or keyword",
  filters: "Filters",
  applyFilters: "Show results",
  clearFilters: "Clear all",
  any: "Any",
  yes: "Yes",
  no: "No",
  from: "From",
  to: "To",
  atLeast: "At least",
  atMost: "At most",
  sortBy: "Sort by",
  sortDefault: "Default order",
  ascending: "{label}, ascending",
  descending: "{label}, descending",
  results: "{count} positions",
  resultsOne: "1 position",
  resultsNone: "No positions match your search.",
  resultsNoneHint: "Try fewer filters or another search term.",
  pagination: "Pages",
  previous: "Previous",
  next: "Next",
  pageOf: "Page {page} of {pages}",
  details: "Details",
  description: "About the role",
  apply: "Apply",
  applyNow: "Apply for this position",
  applyIntro: "Interested? Send us your application.",
  backToList: "Back to all positions",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist, or the position is no longer open.",
  errorTitle: "Something went wrong",
  errorText: "The page could not be shown right now. Please try again in a moment.",
  invalidTitle: "This search cannot be shown",
  invalidText: "Some of the search settings are not valid.",
  toHome: "Go to the home page",
  remote: "Remote",
  poweredBy: "Jobs served by Caraer Edge",
} as const;

/** The keys of the catalogue. */
export type MessageKey = keyof typeof en;

const nl: Record<MessageKey, string> = {
  skipToContent: "Naar de inhoud",
  mainNavigation: "Hoofdmenu",
  home: "Home",
  jobs: "Vacatures",
  newestJobs: "Nieuwste vacatures",
  allJobs: "Alle {count} vacatures",
  viewAll: "Bekijk alle vacatures",
  search: "Zoeken",
  searchLabel: "Vacatures zoeken",
  searchRegion: "Vacatures zoeken en filteren",
  searchPlaceholder: "Functie of trefwoord",
  filters: "Filters",
  applyFilters: "Toon resultaten",
  clearFilters: "Alles wissen",
  any: "Alle",
  yes: "Ja",
  no: "Nee",
  from: "Van",
  to: "Tot",
  atLeast: "Minimaal",
  atMost: "Maximaal",
  sortBy: "Sorteren op",
  sortDefault: "Standaardvolgorde",
  ascending: "{label}, oplopend",
  descending: "{label}, aflopend",
  results: "{count} vacatures",
  resultsOne: "1 vacature",
  resultsNone: "Geen vacatures gevonden.",
  resultsNoneHint: "Probeer minder filters of een andere zoekterm.",
  pagination: "Pagina's",
  previous: "Vorige",
  next: "Volgende",
  pageOf: "Pagina {page} van {pages}",
  details: "Details",
  description: "Over de functie",
  apply: "Solliciteren",
  applyNow: "Solliciteer op deze vacature",
  applyIntro: "Interesse? Stuur ons je sollicitatie.",
  backToList: "Terug naar alle vacatures",
  notFoundTitle: "Pagina niet gevonden",
  notFoundText: "Deze pagina bestaat niet, of de vacature is niet meer open.",
  errorTitle: "Er ging iets mis",
  errorText: "De pagina kan nu niet worden getoond. Probeer het zo nog eens.",
  invalidTitle: "Deze zoekopdracht kan niet worden getoond",
  invalidText: "Sommige zoekinstellingen zijn niet geldig.",
  toHome: "Naar de homepage",
  remote: "Op afstand",
  poweredBy: "Vacatures geleverd door Caraer Edge",
};

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
