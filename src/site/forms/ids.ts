/**
 * The element ids of a rendered form: stable, so the error summary can link
 * to a field and the embed script can find the form.
 */

/** The id prefix of a form's inputs; short, stable, unique per form on a page. */
export function idPrefix(formUuid: string): string {
  return `caraer-${formUuid.slice(0, 8)}`;
}

/** The id of a field's (first) input, the target of the error summary's links. */
export function fieldId(formUuid: string, name: string): string {
  return `${idPrefix(formUuid)}-${name}`;
}
