import { describe, expect, it } from "vitest";
import { HotTier } from "../cache/hot-tier";
import { memoKey, tierMemo } from "./memo";

const config = {};
const URL_OF_PAGE = "https://jobs.example/jobs/vacancies?page=2";
const page = { html: "<p>page</p>", etag: '"p"' };

describe("memoKey", () => {
  it("names the configuration, the path and query, and the reads' ETags in a stable order", () => {
    const key = memoKey(config, URL_OF_PAGE, ['"b"', '"a"']);
    expect(key).toBe(memoKey(config, URL_OF_PAGE, ['"a"', '"b"']));
    expect(key.endsWith('|/jobs/vacancies?page=2|"a","b"')).toBe(true);
  });

  it("changes when a read answers another body, or the configuration or query changes", () => {
    const key = memoKey(config, URL_OF_PAGE, ['"a"', '"b"']);
    expect(memoKey(config, URL_OF_PAGE, ['"a"', '"c"'])).not.toBe(key);
    expect(memoKey(config, URL_OF_PAGE, ['"a"', '"b"', "-"])).not.toBe(key);
    expect(memoKey({}, URL_OF_PAGE, ['"a"', '"b"'])).not.toBe(key);
    expect(memoKey(config, `${URL_OF_PAGE}&q=x`, ['"a"', '"b"'])).not.toBe(key);
  });

  it("ignores the request's host: pages use the configured origin", () => {
    expect(memoKey(config, "https://other.example/jobs/vacancies?page=2", [])).toBe(
      memoKey(config, URL_OF_PAGE, []),
    );
  });
});

describe("tierMemo", () => {
  it("answers a kept page within the window and nothing afterwards", () => {
    const hot = { tier: new HotTier(10_000), windowMs: 1_000 };
    expect(tierMemo(hot, "k", 5_000).get()).toBeUndefined();
    tierMemo(hot, "k", 5_000).set(page);
    expect(tierMemo(hot, "k", 6_000).get()).toEqual(page);
    expect(tierMemo(hot, "k", 6_001).get()).toBeUndefined();
  });

  it("keeps pages within the tier's byte budget", () => {
    // Each page costs 2 * (1 + 11) = 24 bytes: four fit, a fifth evicts the oldest.
    const hot = { tier: new HotTier(96), windowMs: 1_000 };
    for (const key of ["a", "b", "c", "d", "e"]) tierMemo(hot, key, 0).set(page);
    expect(hot.tier.bytes).toBe(96);
    expect(tierMemo(hot, "a", 0).get()).toBeUndefined();
    expect(tierMemo(hot, "e", 0).get()).toEqual(page);
  });
});
