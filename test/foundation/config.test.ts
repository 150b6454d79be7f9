import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CARAER_API_BASE } from "../../src/config/config";
import { loadConfig } from "../../src/config/load";
import { edgeWith } from "../helpers";

const validList = { object: "vacancy", searchable: ["title"], sortable: ["publish_date"] };

afterEach(() => vi.restoreAllMocks());

describe("configuration", () => {
  it("applies defaults for optional settings", () => {
    // Without LISTS there is no list for the demo SITE to show, so SITE goes too.
    const result = loadConfig({ ...env, CARAER_API_BASE: "", LISTS: undefined, SITE: undefined });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.CARAER_API_BASE).toBe(DEFAULT_CARAER_API_BASE);
    expect(result.config.UPSTREAM_TIMEOUT_MS).toBe(8000);
    expect(result.config.LISTS).toEqual({});
    expect(result.config.SITE).toBe(undefined);
  });

  it("accepts structured settings as a TOML table or as a JSON string, with the same result", () => {
    const asTable = loadConfig({ ...env, LISTS: { vacancies: validList } });
    const asJson = loadConfig({ ...env, LISTS: JSON.stringify({ vacancies: validList }) });
    expect(asTable.ok && asJson.ok).toBe(true);
    if (!asTable.ok || !asJson.ok) return;
    expect(asJson.config.LISTS).toEqual(asTable.config.LISTS);
    expect(asTable.config.LISTS.vacancies?.pageSize).toBe(20);
  });

  it("splits ALLOWED_ORIGINS on commas and strips the trailing slash of CARAER_API_BASE", () => {
    const result = loadConfig({
      ...env,
      ALLOWED_ORIGINS: " https://a.example , https://*.b.example ",
      CARAER_API_BASE: "https://acme.caraer.com/",
    });
    expect(result.ok && result.config.ALLOWED_ORIGINS).toEqual([
      "https://a.example",
      "https://*.b.example",
    ]);
    expect(result.ok && result.config.CARAER_API_BASE).toBe("https://acme.caraer.com");
  });

  it("answers 500 CONFIG_INVALID naming every key at fault, never a value, and logs it once", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const overrides = {
      CARAER_COMPANY_UUID: "not-a-uuid-SECRETISH",
      LISTS: '{"vacancies": ',
      UPSTREAM_TIMEOUT_MS: "fast",
    };
    const first = await edgeWith(overrides, "/healthz");
    expect(first.status).toBe(500);
    const text = await first.text();
    expect(text).not.toContain("SECRETISH");
    expect(text).not.toContain('{\\"vacancies');
    const body = JSON.parse(text) as {
      error: { code: string; message: string; issues: { field: string; code: string }[] };
    };
    expect(body.error.code).toBe("CONFIG_INVALID");
    expect(body.error.message).toBe(
      "Invalid configuration: CARAER_COMPANY_UUID, UPSTREAM_TIMEOUT_MS, LISTS",
    );
    expect(body.error.issues.map((issue) => issue.field)).toEqual([
      "CARAER_COMPANY_UUID",
      "UPSTREAM_TIMEOUT_MS",
      "LISTS",
    ]);

    await edgeWith(overrides, "/v1/anything");
    const configLines = errors.mock.calls
      .map(String)
      .filter((line) => line.includes("config.invalid"));
    expect(configLines).toHaveLength(1);
    expect(JSON.parse(configLines[0] ?? "")).toEqual({
      level: "error",
      event: "config.invalid",
      requestId: expect.any(String),
      route: "GET /healthz",
      fields: ["CARAER_COMPANY_UUID", "UPSTREAM_TIMEOUT_MS", "LISTS"],
    });
    expect(configLines[0]).not.toContain("SECRETISH");
  });

  it("names nested keys of structured settings", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await edgeWith(
      { LISTS: { vacancies: { ...validList, pageSize: 500, filterable: { city: ["equals"] } } } },
      "/healthz",
    );
    const body = (await response.json()) as {
      error: { code: string; issues: { field: string }[] };
    };
    expect(body.error.code).toBe("CONFIG_INVALID");
    expect(body.error.issues.map((issue) => issue.field).sort()).toEqual([
      "LISTS.vacancies.filterable.city.0",
      "LISTS.vacancies.pageSize",
    ]);
  });

  it("reports a missing secret by name", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await edgeWith({ CARAER_API_TOKEN: undefined }, "/healthz");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({
      code: "CONFIG_INVALID",
      message: "Invalid configuration: CARAER_API_TOKEN",
    });
  });

  it("keeps serving the OpenAPI document when the configuration is broken", async () => {
    const response = await edgeWith({ CARAER_COMPANY_UUID: "x" }, "/openapi.json");
    expect(response.status).toBe(200);
  });
});

describe("configuration maps", () => {
  it("never resolve an inherited name like constructor or __proto__", () => {
    const result = loadConfig(env);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(result.config.LISTS[name]).toBeUndefined();
      expect(result.config.FORMS[name]).toBeUndefined();
    }
    expect(result.config.LISTS.vacancies?.object).toBe("vacancy");
  });
});
