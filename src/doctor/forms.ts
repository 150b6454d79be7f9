import type { Config } from "../config/config";
import { ANY_FORM, type FormSettings } from "../config/forms";
import type { Finding } from "./findings";
import type { Snapshot } from "./snapshot";
import { unreachableFinding } from "./unreachable";

/**
 * Checks every served form: Caraer's public route knows it, its relation
 * names a list of `LISTS` and a relation Caraer has between the form's object
 * and that list's object, and its upload settings let every file input of
 * the form be sent at once.
 */
export function checkForms(config: Config, snapshot: Snapshot): Finding[] {
  return Object.entries(config.FORMS).flatMap(([key, settings]) => [
    ...(key === ANY_FORM ? [wildcard()] : formFindings(key, settings, snapshot)),
    ...relationFindings(config, key, settings, snapshot),
  ]);
}

function wildcard(): Finding {
  return {
    severity: "info",
    code: "form_wildcard",
    where: { setting: `FORMS.${ANY_FORM}`, form: ANY_FORM },
    message: "Every public form of the company is served; only forms listed by UUID are checked.",
    fix: "List the forms the sites use by UUID to have them checked (and to serve no others).",
  };
}

function formFindings(uuid: string, settings: FormSettings, snapshot: Snapshot): Finding[] {
  const facts = snapshot.forms[uuid];
  const where = { setting: `FORMS.${uuid}`, form: uuid };
  if (!facts || facts.status === "missing") {
    return [
      {
        severity: "error",
        code: "form_not_found",
        where,
        message: `Caraer's public form route does not know form ${uuid}: it does not exist, is not public, or belongs to another company.`,
        fix: "Publish the form in Caraer (and check CARAER_COMPANY_UUID), or remove it from FORMS.",
      },
    ];
  }
  if (facts.status === "failed") return [unreachableFinding(where, facts, `form ${uuid}`)];
  if (facts.fileInputs <= settings.uploads.maxFiles) return [];
  return [
    {
      severity: "warning",
      code: "uploads_max_files_low",
      where: { setting: `FORMS.${uuid}.uploads.maxFiles`, form: uuid },
      message: `The form has ${facts.fileInputs} file inputs but uploads.maxFiles is ${settings.uploads.maxFiles}, so a multipart submission with a file in each is refused (413).`,
      fix: `Raise FORMS.${uuid}.uploads.maxFiles to at least ${facts.fileInputs} (maxFileBytes × maxFiles must stay within 50 MiB).`,
    },
  ];
}

function relationFindings(
  config: Config,
  key: string,
  settings: FormSettings,
  snapshot: Snapshot,
): Finding[] {
  const relation = settings.relation;
  if (!relation) return [];
  const list = config.LISTS[relation.list];
  if (!list) {
    return [
      {
        severity: "error",
        code: "relation_list_unknown",
        where: { setting: `FORMS.${key}.relation.list`, form: key },
        message: `relation.list "${relation.list}" is not a list of LISTS, so no submission can name a record to link.`,
        fix: `Set FORMS.${key}.relation.list to a name of LISTS.`,
      },
    ];
  }
  const facts = snapshot.relations[key];
  const where = { setting: `FORMS.${key}.relation.name`, form: key };
  if (facts?.status === "failed")
    return [unreachableFinding(where, facts, `the relation "${relation.name}"`)];
  if (facts?.status !== "missing") return [];
  const form = snapshot.forms[key];
  const formObject = form?.status === "ok" && form.object ? form.object : "the form's object";
  return [
    {
      severity: "error",
      code: "relation_not_found",
      where,
      message: `Caraer has no relation "${relation.name}" between ${formObject} and ${list.object}, so linking each submission to its ${list.object} fails and the submission is dead-lettered.`,
      fix: `Set FORMS.${key}.relation.name to a relation Caraer defines between ${formObject} and ${list.object}.`,
    },
  ];
}
