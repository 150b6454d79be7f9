import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { GENERATION_FLUSH_INTERVAL_MS } from "../../src/cache/generation-object";
import { kvKeys } from "../../src/cache/keys";

/** Polls KV every 10 ms until `key` holds `value`; answers when, and every value seen on the way. */
async function until(key: string, value: number, seen: Set<number>): Promise<number> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const stored = await env.CACHE.get(key);
    if (stored !== null) seen.add(Number(stored));
    if (stored === String(value)) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${key} never held ${value}`);
}

describe("GenerationCounter (Durable Object)", () => {
  it("gives every bump its own number and writes KV at once, then once more for a whole burst", async () => {
    const object = `burst_${crypto.randomUUID().slice(0, 8)}`;
    const counter = env.CACHE_GENERATIONS.get(env.CACHE_GENERATIONS.idFromName(object));
    const key = await kvKeys.generation(object);
    const seen = new Set<number>();

    const first = await counter.bump(object);
    const firstWritten = await until(key, first, seen);
    const burst = await Promise.all(Array.from({ length: 50 }, () => counter.bump(object)));
    expect(new Set(burst).size).toBe(50);
    expect(Math.min(...burst)).toBeGreaterThan(first);
    const last = Math.max(...burst);
    const lastWritten = await until(key, last, seen);

    // One trailing write carries the whole burst, a flush interval after the first write.
    expect([...seen]).toEqual([first, last]);
    expect(lastWritten - firstWritten).toBeGreaterThanOrEqual(GENERATION_FLUSH_INTERVAL_MS - 100);
  });
});
