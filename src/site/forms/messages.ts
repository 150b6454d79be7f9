import type { SiteLocale } from "../../config/site";
import { format } from "../i18n";

/**
 * The edge's own strings of rendered forms (buttons, states, errors), in the
 * site's languages; they share `format` and the locale list with the site's
 * catalogue (`src/site/i18n.ts`). Labels, help texts and options come from Caraer.
 */
const en = {
  required: "required",
  optional: "optional",
  send: "Send",
  next: "Next",
  back: "Back",
  stepOf: "Step {step} of {steps}",
  errorSummaryTitle: "Please check your answers",
  errorSummaryIntro: "{count} fields need attention:",
  errorSummaryIntroOne: "1 field needs attention:",
  errorGeneric: "Your form could not be sent.",
  fileAgain: "Choose the file again: files are not kept when the form is shown again.",
  fileLimits: "At most {count} files of {size} each: {types}.",
  fileLimitsOne: "One file of at most {size}: {types}.",
  rangeFrom: "From",
  rangeTo: "To",
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

/** A key of the form strings. */
export type FormMessageKey = keyof typeof en;

const nl: Record<FormMessageKey, string> = {
  required: "verplicht",
  optional: "optioneel",
  send: "Versturen",
  next: "Volgende",
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
  rangeFrom: "Van",
  rangeTo: "Tot",
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

const CATALOGUE: Record<SiteLocale, Record<FormMessageKey, string>> = { en, nl };

/** A translator of form strings bound to one locale. */
export type FormTranslate = (
  key: FormMessageKey,
  values?: Record<string, string | number>,
) => string;

/** The form strings of a locale. */
export function formTranslator(locale: SiteLocale): FormTranslate {
  const messages = CATALOGUE[locale];
  return (key, values) => format(messages[key], values);
}

/** Every form string of a locale, for the embed script (which has no catalogue of its own). */
export function formMessages(locale: SiteLocale): Readonly<Record<FormMessageKey, string>> {
  return CATALOGUE[locale];
}
