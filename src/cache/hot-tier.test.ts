import { describe, expect, it } from "vitest";
import { type HotCopy, HotTier, isolateHotTier } from "./hot-tier";

function copy(value: string, copiedAt = 1_000): HotCopy {
  return { value, meta: { etag: '"e"', fetchedAt: copiedAt }, copiedAt };
}

describe("HotTier", () => {
  it("returns a copy taken within the window and nothing older", () => {
    const tier = new HotTier(1_000);
    tier.set("k", copy("body", 1_000));
    expect(tier.get("k", 1_000)?.value).toBe("body");
    expect(tier.get("k", 1_001)).toBeUndefined();
    // An expired copy is dropped, not kept for later.
    expect(tier.size).toBe(0);
    expect(tier.bytes).toBe(0);
  });

  it("counts two bytes per character of key and value", () => {
    const tier = new HotTier(1_000);
    tier.set("key", copy("value"));
    expect(tier.bytes).toBe(2 * (3 + 5));
    tier.set("key", copy("v"));
    expect(tier.bytes).toBe(2 * (3 + 1));
    tier.delete("key");
    expect(tier.bytes).toBe(0);
    expect(tier.size).toBe(0);
  });

  it("evicts the least recently used copies to stay within its budget", () => {
    // Each copy costs 2 * (1 + 4) = 10 bytes; 40 bytes hold four.
    const tier = new HotTier(40);
    for (const key of ["a", "b", "c", "d"]) tier.set(key, copy(key.repeat(4)));
    // Reading "a" makes "b" the least recently used.
    expect(tier.get("a", 0)?.value).toBe("aaaa");
    tier.set("e", copy("eeee"));
    expect(tier.get("b", 0)).toBeUndefined();
    for (const key of ["a", "c", "d", "e"]) expect(tier.get(key, 0)?.value).toBe(key.repeat(4));
    expect(tier.size).toBe(4);
    expect(tier.bytes).toBe(40);
  });

  it("does not keep a value over a quarter of its budget", () => {
    const tier = new HotTier(100);
    tier.set("small", copy("x".repeat(10))); // 2 * (5 + 10) = 30 bytes
    tier.set("big", copy("y".repeat(12))); // 2 * (3 + 12) = 30 bytes > 25
    expect(tier.get("big", 0)).toBeUndefined();
    expect(tier.size).toBe(0);
  });

  it("replaces a copy of the same key without counting it twice", () => {
    const tier = new HotTier(1_000);
    tier.set("k", copy("old", 1_000));
    tier.set("k", copy("new", 2_000));
    expect(tier.get("k", 2_000)?.value).toBe("new");
    expect(tier.size).toBe(1);
    expect(tier.bytes).toBe(2 * (1 + 3));
  });
});

describe("isolateHotTier", () => {
  it("shares one tier per budget and starts an empty one when the budget changes", () => {
    const first = isolateHotTier(4_096);
    first.set("k", copy("v"));
    expect(isolateHotTier(4_096)).toBe(first);
    const resized = isolateHotTier(8_192);
    expect(resized).not.toBe(first);
    expect(resized.size).toBe(0);
  });
});
