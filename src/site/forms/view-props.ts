import type { FormSettings } from "../../config/forms";
import type { FormDefinition } from "../../forms/definition";
import type { Translate } from "../i18n";
import type { FormState } from "./state";

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
