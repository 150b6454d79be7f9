import type { Theme } from "../config/site";

/** `accentText` → `--caraer-accent-text`: the stylesheet's custom property of a theme key. */
function themeProperty(key: string): string {
  return `--caraer-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The theme as one CSS rule, or `""` when nothing is themed. Values were
 * checked by the SITE schema to be single CSS values, so they cannot close
 * the rule or the `<style>` element.
 */
export function themeCss(theme: Theme): string {
  const declarations = Object.entries(theme)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([key, value]) => `${themeProperty(key)}:${value}`);
  return declarations.length > 0 ? `:root{${declarations.join(";")}}` : "";
}
