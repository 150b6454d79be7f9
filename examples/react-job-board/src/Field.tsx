import type { FormField } from "@caraer/edge-client";
import type { ReactNode } from "react";

/** HTML input types for Caraer's string and number formats. */
const INPUT_TYPES: Record<string, string> = {
  email: "email",
  phone: "tel",
  url: "url",
  date: "date",
  currency: "number",
};

interface Props {
  field: FormField;
  /** The edge's message for this field after a 422, if any. */
  error: string | undefined;
}

/** One input of the application form, as the form definition describes it. */
export function Field({ field, error }: Props) {
  const id = `field-${field.name}`;
  const described = [field.helpText && `${id}-help`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  const common = {
    id,
    name: field.name,
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
  };

  let control: ReactNode;
  if (field.type === "checkbox") {
    control = <input {...common} type="checkbox" value="true" />;
  } else if (
    field.type === "single-select" ||
    field.type === "multi-select" ||
    field.type === "tag"
  ) {
    const multiple = field.type !== "single-select";
    control = (
      <select {...common} multiple={multiple}>
        {!multiple && <option value="" />}
        {field.options.map((option) => (
          <option key={option.name} value={option.name}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === "file") {
    control = <input {...common} type="file" multiple={field.multiple} />;
  } else if (field.format === "multi-line" || field.type === "structure") {
    control = <textarea {...common} rows={4} placeholder={field.placeholder ?? undefined} />;
  } else {
    const type = INPUT_TYPES[field.format ?? ""] ?? (field.type === "number" ? "number" : "text");
    control = (
      <input
        {...common}
        type={type}
        placeholder={field.placeholder ?? undefined}
        min={field.min ?? undefined}
        max={field.max ?? undefined}
      />
    );
  }
  const label = `${field.label}${field.required ? " (required)" : ""}`;
  return (
    <div className={`field field-${field.type}`}>
      {field.type === "checkbox" ? (
        <label htmlFor={id}>
          {control} {label}
        </label>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {control}
        </>
      )}
      {field.helpText && <small id={`${id}-help`}>{field.helpText}</small>}
      {error && (
        <strong id={`${id}-error`} className="error">
          {error}
        </strong>
      )}
    </div>
  );
}
