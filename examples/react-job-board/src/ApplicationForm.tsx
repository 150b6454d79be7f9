import type { FormField } from "@caraer/edge-client";
import { type FormEvent, useState } from "react";
import { edge, FORM } from "./edge";
import { Field } from "./Field";
import { explain, useEdgeRead } from "./load";

type Sending =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "sent"; queued: boolean }
  | { state: "refused"; message: string; issues: Record<string, string> };

/** Uploads the chosen files of a file input and returns their keys for the submission. */
async function upload(files: File[]): Promise<string[]> {
  const { data, error, response } = await edge.POST("/v1/forms/{formUuid}/uploads", {
    params: { path: { formUuid: FORM } },
    body: { files },
  });
  if (!data) throw new Refusal(explain(error, response.status), error?.error.issues ?? []);
  return data.data.files.map((file) => file.key);
}

/** A refusal of the edge, with its issues (field = the input's name). */
class Refusal extends Error {
  constructor(
    message: string,
    readonly issues: { field: string; message: string }[],
  ) {
    super(message);
  }
}

/** The submission's values from the form's inputs: Caraer's names, files as upload keys. */
async function valuesOf(
  form: HTMLFormElement,
  fields: FormField[],
): Promise<Record<string, unknown>> {
  const input = new FormData(form);
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === "file") {
      const files = input
        .getAll(field.name)
        .filter((file) => file instanceof File && file.size > 0);
      if (files.length > 0) values[field.name] = await upload(files as File[]);
    } else if (field.type === "checkbox") {
      values[field.name] = input.has(field.name);
    } else if (field.type === "multi-select" || field.type === "tag") {
      values[field.name] = input.getAll(field.name);
    } else if (input.get(field.name)) {
      values[field.name] = input.get(field.name);
    }
  }
  return values;
}

/** The application form for a vacancy: fields from the form definition, upload, submit. */
export function ApplicationForm({ vacancy }: { vacancy: string }) {
  const definition = useEdgeRead(
    (signal) => edge.GET("/v1/forms/{formUuid}", { params: { path: { formUuid: FORM } }, signal }),
    FORM,
  );
  const [sending, setSending] = useState<Sending>({ state: "idle" });
  // One key per filled-in form: the client reuses it on its own retries, and
  // passing it here keeps it for the visitor's second click after an error too.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  if (definition.state === "loading") return <p role="status">Loading the form…</p>;
  if (definition.state === "failed") return <p role="alert">{definition.message}</p>;
  if (sending.state === "sent") {
    return (
      <p role="status" className="sent">
        {sending.queued
          ? "Thank you! Your application was received and will be delivered shortly."
          : "Thank you for applying! We will be in touch."}
      </p>
    );
  }
  const { form } = definition.value.data;
  // Hidden fields are left out: the edge gives them their default value.
  const fields = definition.value.data.fields.filter((field) => !field.hidden);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending({ state: "sending" });
    try {
      const values = await valuesOf(event.currentTarget, fields);
      const { data, error, response } = await edge.POST("/v1/forms/{formUuid}/submissions", {
        params: { path: { formUuid: FORM }, header: { "Idempotency-Key": idempotencyKey } },
        body: { values, relatedRecordUuid: vacancy },
      });
      if (!data) throw new Refusal(explain(error, response.status), error?.error.issues ?? []);
      setSending({ state: "sent", queued: data.data.status !== "delivered" });
    } catch (error) {
      const refusal =
        error instanceof Refusal
          ? error
          : new Refusal("Your application could not be sent. Try again.", []);
      setSending({
        state: "refused",
        message: refusal.message,
        issues: Object.fromEntries(refusal.issues.map((issue) => [issue.field, issue.message])),
      });
    }
  }

  const issues = sending.state === "refused" ? sending.issues : {};
  return (
    <form onSubmit={submit} noValidate aria-labelledby="apply-title">
      <h2 id="apply-title">{typeof form.label === "string" ? form.label : "Apply"}</h2>
      {sending.state === "refused" && (
        <p role="alert" className="error">
          {sending.message}
        </p>
      )}
      {fields.map((field) => (
        <Field key={field.name} field={field} error={issues[field.name]} />
      ))}
      <button type="submit" disabled={sending.state === "sending"}>
        {sending.state === "sending" ? "Sending…" : "Send application"}
      </button>
    </form>
  );
}
