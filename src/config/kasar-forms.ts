import type * as z from "zod/v4";
import type { Crm } from "./config";
import { ANY_FORM, type Forms } from "./forms";
import type { ListDefinition } from "./lists";

/**
 * Largest file a Kasar form may take: the edge keeps the file in KV until it
 * is delivered (docs/forms.md, "Kasar forms"), and a KV value holds at most 25 MiB.
 */
export const KASAR_MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * What `FORMS` must say for the chosen CRM: on Kasar every form is defined by
 * its `kasar` entry (there is no forms API to ask, so no `"*"` either), links
 * through an association to its list's object, and takes files KV can hold;
 * on Caraer a `kasar` entry is a mistake, refused rather than ignored.
 */
export function refineForms(
  config: { CRM: Crm; FORMS: Forms; LISTS: Readonly<Record<string, ListDefinition>> },
  ctx: z.RefinementCtx,
): void {
  const report = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["FORMS", ...path], message });
  for (const [key, form] of Object.entries(config.FORMS)) {
    if (config.CRM === "caraer") {
      if (form.kasar) report([key, "kasar"], "is only for CRM kasar");
      continue;
    }
    if (key === ANY_FORM) {
      report([key], "Kasar has no forms API: define each form under its own UUID");
      continue;
    }
    if (!form.kasar) {
      report([key, "kasar"], "is required when CRM is kasar: define the form's object and fields");
    } else if (!form.kasar.fields.some((field) => field.name === form.kasar?.uniqueField)) {
      report([key, "kasar", "uniqueField"], "must be one of the form's fields");
    }
    const list = form.relation && config.LISTS[form.relation.list];
    if (form.relation && list && form.relation.name !== list.object) {
      report(
        [key, "relation", "name"],
        `must be the list's object (${list.object}): Kasar associates records by object`,
      );
    }
    if (form.uploads.maxFileBytes > KASAR_MAX_FILE_BYTES) {
      report([key, "uploads", "maxFileBytes"], `must be at most ${KASAR_MAX_FILE_BYTES} on Kasar`);
    }
  }
}
