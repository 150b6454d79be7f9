import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListSchema } from "../config/lists";
import { type PublicProperty, toPublicSchema } from "../projection/public-schema";
import {
  canonicalListQuery,
  MAX_TEXT,
  MAX_VALUES_PER_FILTER,
  parseListQuery,
} from "../reads/list-query";
import {
  boundedKey,
  CACHE_VERSION,
  type CanonicalQuery,
  canonicalQuery,
  KV_KEY_MAX_BYTES,
  kvKeys,
} from "./keys";

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** Characters of every UTF-8 width, and the ones keys treat specially. */
const WIDE = ["a", "é", "€", "𝕏", "%", "#", ":", "&", "=", "~"];
const wideText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...WIDE), minLength, maxLength });
/** The longest text the list query accepts (it counts UTF-16 units), of wide characters. */
const longestText = (units: number) =>
  fc
    .array(fc.constantFrom(...WIDE), { minLength: units, maxLength: units })
    .map((chars) => fitUnits(chars, units));

function fitUnits(chars: string[], units: number): string {
  let out = "";
  for (const char of chars) {
    if (out.length + char.length > units) break;
    out += char;
  }
  return out;
}
/** Any UTF-16 text, lone surrogates included (a name from Caraer's JSON may carry one). */
const anyText = fc.string({ unit: "binary", maxLength: 1_500 });
const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 600,
});
const text = fc.oneof(anyText, anyUtf16, wideText(0, 700));

/** Longest names the configuration and the path parameters accept. */
const LIST = `l${"-".repeat(63)}`;
const NAME = `N${"_".repeat(63)}`;
const SLUG = `s${"-".repeat(127)}`;
const UUID = "ffffffff-ffff-4fff-bfff-ffffffffffff";
const GENERATION = Number.MAX_SAFE_INTEGER;

function expectBounded(key: string, prefix: string): void {
  expect(bytes(key), key).toBeLessThanOrEqual(KV_KEY_MAX_BYTES);
  expect(key, key).toMatch(/^[\x21-\x7e]+$/);
  expect(key.startsWith(prefix), key).toBe(true);
}

/** A list with every kind of filter the query parser serves, and its public set. */
const list = ListSchema.parse({
  object: NAME,
  filterable: {
    location: ["equals_exactly"],
    department: ["any"],
    skills: ["all_exactly"],
    hours: ["range"],
  },
  sortable: ["title", "hours", "location"],
  searchable: ["title"],
  maxPageSize: 250,
});

function publicSet(options: string[]) {
  const property = (name: string, type: string, names: string[] = []): PublicProperty => ({
    name,
    label: null,
    type,
    format: null,
    options: names.map((option) => ({ name: option, label: null })),
  });
  return toPublicSchema(NAME, [
    property("title", "string"),
    property("location", "string"),
    property("department", "single-select", options),
    property("skills", "multi-select", options),
    property("hours", "number"),
  ]);
}

describe("kvKeys", () => {
  it("keeps every key kind within KV's 512 bytes, whatever its inputs", async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, text, fc.nat(), async (a, b, c, d, n) => {
        const query = canonicalQuery([[a, b]]);
        expectBounded(await kvKeys.generation(a), `${CACHE_VERSION}:gen:`);
        expectBounded(await kvKeys.publicProperties(a), `${CACHE_VERSION}:props:`);
        expectBounded(await kvKeys.listPage(a, n, b, query), `${CACHE_VERSION}:list:`);
        expectBounded(await kvKeys.record(a, b, c), `${CACHE_VERSION}:record:`);
        expectBounded(await kvKeys.preview(a, b, c, d), `${CACHE_VERSION}:preview:`);
        expectBounded(await kvKeys.page(a, b), `${CACHE_VERSION}:page:`);
        expectBounded(await kvKeys.form(a), `${CACHE_VERSION}:form:`);
        expectBounded(await kvKeys.uploadReceipt(a, b), "forms:upload:");
        expectBounded(
          await kvKeys.formOptions(a, b, canonicalQuery([[c, d]])),
          `${CACHE_VERSION}:options:`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("fits the longest valid list query: search, OR-ed filters of every kind, three sorts", async () => {
    await fc.assert(
      fc.asyncProperty(
        longestText(MAX_TEXT),
        fc.uniqueArray(longestText(MAX_TEXT), {
          minLength: MAX_VALUES_PER_FILTER,
          maxLength: MAX_VALUES_PER_FILTER,
        }),
        async (q, values) => {
          // Options come from Caraer: make them as long as any filter value may be.
          const options = values.map((value) => fitUnits(["o", ...value], MAX_TEXT));
          const params = new URLSearchParams([
            ["q", q],
            ["page", "40"],
            ["limit", "250"],
            ["sort", "-title,hours,-location"],
            ...values.slice(0, 3).map((value) => ["filter[location]", value]),
            ...options.map((option) => ["filter[department]", option]),
            ...options.map((option) => ["filter[skills]", option]),
            ["filter[hours]", "-99999999999999.5;99999999999999.5"],
          ] as [string, string][]);
          const request = parseListQuery(params, list, publicSet(options));
          const query = canonicalListQuery(request);
          expect(bytes(query)).toBeGreaterThan(KV_KEY_MAX_BYTES);
          const fingerprint = publicSet(options).fingerprint;
          const key = await kvKeys.listPage(LIST, GENERATION, fingerprint, query);
          expectBounded(key, `${CACHE_VERSION}:list:${LIST}:g${GENERATION}:s${fingerprint}:`);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("fits the longest valid options query and the longest names", async () => {
    await fc.assert(
      fc.asyncProperty(wideText(200, 200), async (q) => {
        const query = canonicalQuery([
          ["q", q],
          ["page", "9999"],
          ["limit", "100"],
        ]);
        expectBounded(
          await kvKeys.formOptions(UUID, UUID, query),
          `${CACHE_VERSION}:options:${UUID}:${UUID}:`,
        );
      }),
      { numRuns: 50 },
    );
    expectBounded(await kvKeys.page(SLUG, SLUG), `${CACHE_VERSION}:page:${SLUG}:${SLUG}`);
    expectBounded(
      await kvKeys.preview(LIST, "zzzzzzz", UUID, NAME),
      `${CACHE_VERSION}:preview:${LIST}`,
    );
  });

  it("leaves keys that fit as they are, readable", async () => {
    expect(
      await kvKeys.listPage(
        "vacancies",
        12,
        "abc",
        canonicalQuery([
          ["page", "1"],
          ["q", "café"],
        ]),
      ),
    ).toBe(`${CACHE_VERSION}:list:vacancies:g12:sabc:page=1&q=caf%C3%A9`);
    expect(await kvKeys.page("careers", "home")).toBe(`${CACHE_VERSION}:page:careers:home`);
    const fits = `${CACHE_VERSION}:x:${"a".repeat(KV_KEY_MAX_BYTES - 5)}`;
    expect(await boundedKey(fits)).toBe(fits);
  });

  it("shortens a longer key to its readable head, # and the SHA-256 of the whole key", async () => {
    const long = `v1:x:${"a".repeat(KV_KEY_MAX_BYTES - 4)}`;
    // Computed independently (Python's hashlib).
    const digest = "84c1a34ba5336d8d353b5fd75a3797106ba29bdad088d2cbd914bc334380e7bc";
    expect(await boundedKey(long)).toBe(`${long.slice(0, 447)}#${digest}`);
    // The head never ends inside a percent escape.
    const escaped = `v1:x:${"%C3%A9".repeat(100)}`;
    const shortened = await boundedKey(escaped);
    expect(shortened).toMatch(/^v1:x:(%C3%A9)+#[0-9a-f]{64}$/);
  });

  it("gives equal long inputs one key and different ones different keys", async () => {
    await fc.assert(
      fc.asyncProperty(wideText(300, 400), wideText(300, 400), async (a, b) => {
        const key = (q: string) => kvKeys.formOptions(UUID, UUID, canonicalQuery([["q", q]]));
        expect(await key(a)).toBe(await key(a));
        if (a !== b) expect(await key(a)).not.toBe(await key(b));
      }),
      { numRuns: 50 },
    );
  });

  it("names upload receipts as before: the SHA-256 of form UUID and file key", async () => {
    const digest = "23be0a6b24bf05a397af4d8377673ee76815d45aadd26cb8728ab4b91f055188";
    expect(await kvKeys.uploadReceipt(UUID, "file-key")).toBe(`forms:upload:${digest}`);
  });

  it("types a canonical query apart from raw text", () => {
    const query: CanonicalQuery = canonicalQuery([["q", "a b"]]);
    expect(query).toBe("q=a%20b");
  });
});
