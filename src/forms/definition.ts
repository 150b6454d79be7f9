import * as z from "zod/v4";
import type { CachedBody } from "../cache/entry";
import { kvKeys } from "../cache/keys";
import { cachedRead } from "../cache/swr";
import { describeError } from "../observability/log";
import type { ReadContext } from "../services/read-context";
import { type PublicForm, PublicFormSchema } from "../upstream/schemas";
import { type Field, FieldSchema, formFields } from "./fields";
import type { ServedForm } from "./served";

/** The cached answer of `GET /v1/forms/{formUuid}`, also what submissions validate against. */
export const FormDefinitionBodySchema = z.object({
  data: z.object({ form: PublicFormSchema, fields: z.array(FieldSchema) }),
});

/** A form as the CRM describes it (src/forms/crm/port.ts) with its render-ready fields. */
export interface FormDefinition {
  form: PublicForm;
  fields: Field[];
}

/**
 * Reads a served form through the KV cache (fresh, stale while refreshed,
 * then from the CRM). `null` when the CRM does not know the form.
 * `beforeUpstream` runs before the CRM is asked, and may refuse by throwing.
 */
export async function readFormDefinition(
  ctx: ReadContext,
  served: ServedForm,
  beforeUpstream?: () => Promise<void>,
): Promise<CachedBody | null> {
  return cachedRead({
    kv: ctx.kv,
    key: await kvKeys.form(served.uuid),
    ttl: served.settings.ttl,
    staleTtl: served.settings.staleTtl,
    waitUntil: ctx.waitUntil,
    hot: ctx.hot,
    seen: ctx.seen,
    onRefreshError: (error) =>
      ctx.log.warn("form.refresh_failed", { form: served.uuid, ...describeError(error) }),
    load: async () => {
      await beforeUpstream?.();
      const form = await ctx.forms.loadForm(served);
      return form && { data: { form, fields: formFields(form) } };
    },
  });
}

/**
 * The parsed definition of a cached form body. The body was written by this
 * code, but KV is still a boundary: a shape from an older deploy fails here
 * rather than somewhere deep in validation.
 */
export function parseFormDefinition(cached: CachedBody): FormDefinition {
  return FormDefinitionBodySchema.parse(JSON.parse(cached.body)).data;
}
