// What both pages share: where the edge is, and reading its JSON answers.
// No build step and no library: `fetch`, `URLSearchParams` and the DOM.

/** The edge's origin; your page's origin must be in its ALLOWED_ORIGINS. */
export const EDGE = "http://localhost:8787";

/** The list and the application form of the demo configuration. */
export const LIST = "vacancies";
export const FORM = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";

/** An answer of the edge that is not a success, with its error envelope. */
export class EdgeError extends Error {
  constructor(status, envelope) {
    super(envelope?.error?.message ?? `The edge answered ${status}.`);
    this.status = status;
    this.code = envelope?.error?.code;
    this.issues = envelope?.error?.issues ?? [];
  }
}

/** Fetches `path` from the edge and returns its JSON, or throws an EdgeError. */
export async function edgeJson(path, init) {
  const response = await fetch(`${EDGE}${path}`, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new EdgeError(response.status, body);
  return body;
}

/** A property value as text: option names joined, dates from unix ms, booleans as yes/no. */
export function display(name, value) {
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (name.endsWith("_date") && typeof value === "number") {
    return new Date(value).toLocaleDateString("en-GB", { dateStyle: "medium" });
  }
  return String(value).replaceAll("_", " ");
}

/** Creates an element with text and attributes: a tiny stand-in for a template library. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}
