/**
 * The Caraer property types the edge renders, and how: as text on the site's
 * pages (`shown`) and as an input of a rendered form (`input`). The one list
 * behind value formatting (`format.ts`) and the form renderer
 * (`forms/constraints.ts`); a type that is not here renders nothing anywhere.
 */
const RENDERED_TYPES = {
  string: { shown: true, input: true },
  number: { shown: true, input: true },
  date: { shown: true, input: true },
  checkbox: { shown: true, input: true },
  "single-select": { shown: true, input: true },
  "multi-select": { shown: true, input: true },
  tag: { shown: true, input: true },
  range: { shown: true, input: true },
  // A JSON document and uploaded file keys are for Caraer, not for reading on a page.
  structure: { shown: false, input: true },
  file: { shown: false, input: true },
} as const;

type RenderedType = keyof typeof RENDERED_TYPES;

/** A type whose values pages show as text. */
export type ShownType = {
  [K in RenderedType]: (typeof RENDERED_TYPES)[K]["shown"] extends true ? K : never;
}[RenderedType];

/** A type that rendered forms offer an input for. */
export type InputType = {
  [K in RenderedType]: (typeof RENDERED_TYPES)[K]["input"] extends true ? K : never;
}[RenderedType];

function rendered(type: string): (typeof RENDERED_TYPES)[RenderedType] | undefined {
  return Object.hasOwn(RENDERED_TYPES, type) ? RENDERED_TYPES[type as RenderedType] : undefined;
}

/** The type, when pages show its values as text. */
export function shownType(type: string): ShownType | null {
  return rendered(type)?.shown ? (type as ShownType) : null;
}

/** The type, when rendered forms offer an input for it. */
export function inputType(type: string): InputType | null {
  return rendered(type)?.input ? (type as InputType) : null;
}
