/** Whether a value counts as empty: missing, null, "" or [] (what `is_null` matches). */
export function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    (Array.isArray(value) && value.length === 0)
  );
}
