import type { Config } from "../config/config";
import { ANY_FORM, type FormSettings } from "../config/forms";
import { Uuid } from "../config/patterns";
import { ApiError } from "../http/errors";

/** A form the edge serves: its canonical (lowercase) UUID and its settings. */
export interface ServedForm {
  uuid: string;
  settings: FormSettings;
}

/**
 * The settings of a form the edge serves, or 404. A form that is not listed
 * in `FORMS` (and not covered by `"*"`) answers exactly like one Caraer does
 * not know, so the allowlist reveals nothing about the company's other forms;
 * a malformed UUID never reaches Caraer.
 */
export function servedForm(config: Config, formUuid: string): ServedForm {
  const uuid = formUuid.toLowerCase();
  const settings = Uuid.safeParse(uuid).success
    ? (config.FORMS[uuid] ?? config.FORMS[ANY_FORM])
    : undefined;
  if (!settings) throw new ApiError("NOT_FOUND", "No such form.");
  return { uuid, settings };
}
