/**
 * Appends `value` under `key` the way the edge reads query strings: arrays
 * repeat the key (`filter[location]=A&filter[location]=B` ORs the values) and
 * objects nest in brackets (`filter[hours][range]=30;36`).
 */
function appendDeep(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendDeep(params, key, item);
  } else if (typeof value === "object") {
    for (const [name, inner] of Object.entries(value)) appendDeep(params, `${key}[${name}]`, inner);
  } else {
    params.append(key, String(value));
  }
}

/** A query object as a query string, e.g. `{ q: "java", filter: { location: "Amsterdam" } }`. */
export function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) appendDeep(params, key, value);
  return params.toString();
}

/**
 * A request body: `FormData` as it is; an object holding files (`Blob`s, e.g.
 * `{ files: [cv] }` for an upload) as multipart, each array item a part of the
 * same name; anything else as JSON.
 */
export function serializeBody(body: unknown): BodyInit {
  if (body instanceof FormData) return body;
  if (body !== null && typeof body === "object" && holdsBlob(body)) {
    const form = new FormData();
    for (const [name, value] of Object.entries(body)) {
      for (const item of [value].flat()) {
        if (item instanceof Blob) form.append(name, item);
        else if (item !== undefined && item !== null) form.append(name, String(item));
      }
    }
    return form;
  }
  return JSON.stringify(body);
}

function holdsBlob(body: object): boolean {
  return Object.values(body).some(
    (value) =>
      value instanceof Blob || (Array.isArray(value) && value.some((v) => v instanceof Blob)),
  );
}
