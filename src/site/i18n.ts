import type { SiteLocale } from "../config/site";

/**
 * The edge's own UI strings, one catalogue for every language: the careers
 * site and the rendered forms (and through them the embed script) read their
 * buttons, states and errors from here. Content (titles, labels, descriptions) comes from Caraer.
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
  // Forms: buttons, states and errors of rendered forms and the embed script.
  required: "required",
  optional: "optional",
  send: "Send",
  back: "Back",
  stepOf: "Step {step} of {steps}",
  errorSummaryTitle: "Please check your answers",
  errorSummaryIntro: "{count} fields need attention:",
  errorSummaryIntroOne: "1 field needs attention:",
  errorGeneric: "Your form could not be sent.",
  fileAgain: "Choose the file again: files are not kept when the form is shown again.",
  fileLimits: "At most {count} files of {size} each: {types}.",
  fileLimitsOne: "One file of at most {size}: {types}.",
  chooseOne: "Choose…",
  honeypot: "Leave this field empty",
  challenge: "Verification",
  applyingFor: "You are applying for: {title}",
  sending: "Sending…",
  uploading: "Uploading {name}…",
  thankYouTitle: "Thank you",
  thankYouDefault: "Thank you! We received your submission.",
  receivedTitle: "Received",
  received:
    "We received your form. It will be delivered shortly; you do not need to send it again.",
  failedState:
    "We received your form. It is being handled by our team; you do not need to send it again.",
  statusLink: "Delivery status",
  continue: "Continue",
  tooMany: "Too many attempts. Please wait {seconds} seconds and send the form again.",
  unavailable: "The service is temporarily unavailable. Please try again in a minute.",
  offline: "The form could not be reached. Check your connection and try again.",
  fileTooLarge: "{name} is too large: at most {size}.",
  fileType: "{name} is not an accepted file type ({types}).",
  formUnavailable: "The form could not be loaded.",
  openForm: "Open the form",
  jobsUnavailable: "The positions could not be loaded; showing the last list.",
  loading: "Loading…",
  issue_required: "Fill in “{label}”.",
  issue_required_choice: "Choose “{label}”.",
  issue_required_tick: "Tick “{label}”.",
  issue_required_file: "Add “{label}”.",
  issue_invalid_email: "Enter a valid email address, like name@example.com.",
  issue_invalid_url: "Enter a full web address starting with https://.",
  issue_invalid_phone: "Enter a phone number of 6 to 15 digits, like +31 6 12345678.",
  issue_invalid_number: "Enter a number, like 4200.",
  issue_out_of_range: "Enter a number between {min} and {max}.",
  issue_out_of_range_min: "Enter a number of at least {min}.",
  issue_out_of_range_max: "Enter a number of at most {max}.",
  issue_invalid_range: "Enter two numbers, the first not above the second.",
  issue_invalid_date: "Enter a date like 2026-04-24.",
  issue_invalid_option: "Choose one of the listed options.",
  issue_too_long: "This text is too long.",
  issue_invalid_json: "Enter valid JSON.",
  issue_unknown_file: "Upload the file again.",
  issue_too_fast: "That was very quick. Please check the form and send it again.",
  issue_not_found: "This position is no longer open.",
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
  // Forms: buttons, states and errors of rendered forms and the embed script.
  required: "verplicht",
  optional: "optioneel",
  send: "Versturen",
  back: "Terug",
  stepOf: "Stap {step} van {steps}",
  errorSummaryTitle: "Controleer je antwoorden",
  errorSummaryIntro: "{count} velden hebben aandacht nodig:",
  errorSummaryIntroOne: "1 veld heeft aandacht nodig:",
  errorGeneric: "Je formulier kon niet worden verstuurd.",
  fileAgain:
    "Kies het bestand opnieuw: bestanden worden niet bewaard als het formulier opnieuw wordt getoond.",
  fileLimits: "Maximaal {count} bestanden van {size} per stuk: {types}.",
  fileLimitsOne: "Eén bestand van maximaal {size}: {types}.",
  chooseOne: "Kies…",
  honeypot: "Laat dit veld leeg",
  challenge: "Verificatie",
  applyingFor: "Je solliciteert op: {title}",
  sending: "Versturen…",
  uploading: "{name} uploaden…",
  thankYouTitle: "Bedankt",
  thankYouDefault: "Bedankt! We hebben je inzending ontvangen.",
  receivedTitle: "Ontvangen",
  received:
    "We hebben je formulier ontvangen. Het wordt zo snel mogelijk afgeleverd; je hoeft het niet opnieuw te sturen.",
  failedState:
    "We hebben je formulier ontvangen. Ons team handelt het af; je hoeft het niet opnieuw te sturen.",
  statusLink: "Status van de aflevering",
  continue: "Verder",
  tooMany: "Te veel pogingen. Wacht {seconds} seconden en verstuur het formulier opnieuw.",
  unavailable: "De dienst is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.",
  offline: "Het formulier is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
  fileTooLarge: "{name} is te groot: maximaal {size}.",
  fileType: "{name} is geen toegestaan bestandstype ({types}).",
  formUnavailable: "Het formulier kon niet worden geladen.",
  openForm: "Open het formulier",
  jobsUnavailable: "De vacatures konden niet worden geladen; de laatste lijst blijft staan.",
  loading: "Laden…",
  issue_required: "Vul “{label}” in.",
  issue_required_choice: "Kies “{label}”.",
  issue_required_tick: "Vink “{label}” aan.",
  issue_required_file: "Voeg “{label}” toe.",
  issue_invalid_email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
  issue_invalid_url: "Vul een volledig webadres in dat begint met https://.",
  issue_invalid_phone: "Vul een telefoonnummer van 6 tot 15 cijfers in, zoals +31 6 12345678.",
  issue_invalid_number: "Vul een getal in, zoals 4200.",
  issue_out_of_range: "Vul een getal tussen {min} en {max} in.",
  issue_out_of_range_min: "Vul een getal van minimaal {min} in.",
  issue_out_of_range_max: "Vul een getal van maximaal {max} in.",
  issue_invalid_range: "Vul twee getallen in, het eerste niet hoger dan het tweede.",
  issue_invalid_date: "Vul een datum in zoals 2026-04-24.",
  issue_invalid_option: "Kies een van de opties.",
  issue_too_long: "Deze tekst is te lang.",
  issue_invalid_json: "Vul geldige JSON in.",
  issue_unknown_file: "Upload het bestand opnieuw.",
  issue_too_fast: "Dat ging wel erg snel. Controleer het formulier en verstuur het opnieuw.",
  issue_not_found: "Deze vacature is niet meer open.",
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
