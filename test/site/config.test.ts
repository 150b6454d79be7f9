import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load";
import { themeCss } from "../../src/site/theme";

const site = JSON.parse(JSON.stringify(env.SITE)) as Record<string, unknown>;

function fields(overrides: Record<string, unknown>): string[] {
  const result = loadConfig({ ...env, ...overrides });
  return result.ok ? [] : result.error.issues.map((issue) => issue.field);
}

describe("SITE", () => {
  it("parses the demo site from a TOML table or a JSON string alike, with defaults", () => {
    const table = loadConfig({ ...env });
    const json = loadConfig({ ...env, SITE: JSON.stringify(site) });
    expect(table.ok && json.ok).toBe(true);
    if (!table.ok || !json.ok) return;
    expect(json.config.SITE).toEqual(table.config.SITE);
    expect(table.config.SITE?.origin).toBe("http://localhost:8787");
    expect(table.config.SITE?.lists.vacancies?.jobPosting?.salary).toEqual({
      range: "salary_range",
      currency: "EUR",
      unit: "MONTH",
    });
    expect(loadConfig({ ...env, SITE: "" }).ok && loadConfig({ ...env, SITE: "" })).toMatchObject({
      config: { SITE: undefined },
    });
  });

  it("refuses a site list that is not in LISTS, a non-origin URL and theme values that could inject CSS", () => {
    expect(fields({ SITE: { ...site, lists: { candidates: {} } } })).toEqual([
      "SITE.lists.candidates",
    ]);
    expect(fields({ SITE: { ...site, origin: "https://jobs.example/careers" } })).toEqual([
      "SITE.origin",
    ]);
    expect(fields({ SITE: { ...site, theme: { accent: "red;}body{display:none" } } })).toEqual([
      "SITE.theme.accent",
    ]);
    expect(fields({ SITE: { ...site, theme: { accent: "red</style><script>" } } })).toEqual([
      "SITE.theme.accent",
    ]);
    expect(fields({ SITE: { ...site, locale: "de" } })).toEqual(["SITE.locale"]);
  });

  it("writes the theme as custom properties of the stylesheet", () => {
    expect(themeCss({ accent: "#c00", accentText: "white", font: "Inter, sans-serif" })).toBe(
      ":root{--caraer-accent:#c00;--caraer-accent-text:white;--caraer-font:Inter, sans-serif}",
    );
    expect(themeCss({})).toBe("");
  });
});
