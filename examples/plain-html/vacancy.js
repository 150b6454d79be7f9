// A vacancy and its application form: `GET /v1/lists/{list}/{uuid}` for the
// record, `GET /v1/forms/{form}` for the fields, `POST …/uploads` for files,
// then `POST …/submissions` with JSON and an Idempotency-Key.
import { display, EdgeError, edgeJson, el, FORM, LIST } from "./edge.js";

const uuid = new URLSearchParams(location.search).get("uuid") ?? "";
const article = document.getElementById("vacancy");
const section = document.getElementById("apply");
const form = document.getElementById("application");
const result = document.getElementById("result");

/** Properties shown as facts under the title (the rest are the title and text). */
const FACTS = ["location", "department", "employment_type", "hours", "remote", "publish_date"];

async function showVacancy() {
  try {
    const { data } = await edgeJson(`/v1/lists/${LIST}/${encodeURIComponent(uuid)}`);
    const { properties } = data;
    document.title = `${properties.title}: plain HTML and fetch`;
    article.replaceChildren(
      el("h1", {}, properties.title),
      el(
        "dl",
        {},
        ...FACTS.filter((name) => display(name, properties[name])).flatMap((name) => [
          el("dt", {}, display(name, name)),
          el("dd", {}, display(name, properties[name])),
        ]),
      ),
      el("p", {}, properties.description ?? ""),
    );
    article.removeAttribute("aria-busy");
    return true;
  } catch (error) {
    // A closed or draft vacancy answers 404 exactly like a missing one.
    const gone = error instanceof EdgeError && error.status === 404;
    article.replaceChildren(
      el("h1", {}, gone ? "This vacancy is no longer open" : "Try again later"),
    );
    return false;
  }
}

/** One input for a field of the form definition (labels and rules come from Caraer). */
function input(field) {
  const id = `field-${field.name}`;
  const common = { id, name: field.name, required: field.required };
  let control;
  if (field.type === "checkbox") {
    return el(
      "p",
      {},
      el(
        "label",
        {},
        el("input", { ...common, type: "checkbox", value: "true" }),
        ` ${field.label}`,
      ),
    );
  } else if (
    field.type === "single-select" ||
    field.type === "multi-select" ||
    field.type === "tag"
  ) {
    control = el(
      "select",
      { ...common, multiple: field.type !== "single-select" },
      field.type === "single-select" ? el("option", { value: "" }, "") : null,
      ...field.options.map((option) => el("option", { value: option.name }, option.label)),
    );
  } else if (field.type === "file") {
    control = el("input", { ...common, type: "file", multiple: field.multiple });
  } else if (field.format === "multi-line" || field.type === "structure") {
    control = el("textarea", { ...common, placeholder: field.placeholder, rows: 4 });
  } else {
    const types = { email: "email", phone: "tel", url: "url", date: "date", currency: "number" };
    const type = types[field.format] ?? (field.type === "number" ? "number" : "text");
    control = el("input", {
      ...common,
      type,
      placeholder: field.placeholder,
      min: field.min,
      max: field.max,
    });
  }
  const help = field.helpText ? el("small", { id: `${id}-help` }, field.helpText) : null;
  if (help) control.setAttribute("aria-describedby", help.id);
  return el(
    "p",
    {},
    el("label", { for: id }, field.label, field.required ? " (required)" : ""),
    el("br"),
    control,
    help,
  );
}

async function showForm() {
  const { data } = await edgeJson(`/v1/forms/${FORM}`);
  // Hidden fields are left out: the edge gives them their default value.
  const shown = data.fields.filter((field) => !field.hidden);
  form.replaceChildren(...shown.map(input), el("button", { type: "submit" }, "Send application"));
  section.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(shown);
  });
}

/** Uploads a file input's files through the form's uploads route and returns their keys. */
async function upload(files) {
  const body = new FormData();
  for (const file of files) body.append("files", file);
  const { data } = await edgeJson(`/v1/forms/${FORM}/uploads`, { method: "POST", body });
  return data.files.map((file) => file.key);
}

// One key per filled-in form: sending it again (a double click, a retry after
// a network error) is recognised by the edge as the same application.
let idempotencyKey = crypto.randomUUID();

async function submit(fields) {
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  result.textContent = "Sending…";
  for (const invalid of form.querySelectorAll("[aria-invalid]"))
    invalid.removeAttribute("aria-invalid");
  try {
    const values = {};
    for (const field of fields) {
      const control = form.elements.namedItem(field.name);
      if (field.type === "file") {
        if (control.files.length > 0) values[field.name] = await upload(control.files);
      } else if (field.type === "checkbox") {
        values[field.name] = control.checked;
      } else if (control.multiple) {
        values[field.name] = [...control.selectedOptions].map((option) => option.value);
      } else if (control.value !== "") {
        values[field.name] = control.value;
      }
    }
    const { data } = await edgeJson(`/v1/forms/${FORM}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify({ values, relatedRecordUuid: uuid }),
    });
    form.hidden = true;
    idempotencyKey = crypto.randomUUID();
    result.textContent =
      data.status === "delivered"
        ? "Thank you for applying! We will be in touch."
        : "Thank you! Your application was received and will be delivered shortly.";
  } catch (error) {
    button.disabled = false;
    if (!(error instanceof EdgeError)) {
      result.textContent =
        "Your application could not be sent. Check your connection and try again.";
      return;
    }
    // 422: one issue per field, `field` being the input's name.
    for (const issue of error.issues)
      form.elements.namedItem(issue.field)?.setAttribute?.("aria-invalid", "true");
    const retry =
      error.status === 429 || error.status === 503 ? " Please try again in a minute." : "";
    result.textContent =
      [error.message, ...error.issues.map((issue) => issue.message)].join(" ") + retry;
  }
}

if (await showVacancy()) await showForm();
