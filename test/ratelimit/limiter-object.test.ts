import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

function limiter() {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`test:${crypto.randomUUID()}`));
}

function tables(state: DurableObjectState): string[] {
  return state.storage.sql
    .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'gcra'")
    .toArray()
    .map((row) => row.name);
}

const POLICY = { limit: 2, periodMs: 1_000 };

describe("RateLimiter Durable Object", () => {
  it("keeps its state across an eviction", async () => {
    const stub = limiter();
    expect(await stub.take(POLICY)).toMatchObject({ allowed: true, remaining: 1 });
    await evictDurableObject(stub);
    expect(await stub.take(POLICY)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await stub.take(POLICY)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("schedules an alarm that deletes the state once the backlog has drained", async () => {
    const stub = limiter();
    await stub.take(POLICY);
    await stub.take(POLICY);
    expect(
      await runInDurableObject(stub, async (_, state) => state.storage.getAlarm()),
    ).not.toBeNull();

    // Too early: the backlog (1 s) has not drained, so the alarm only moves.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual(["gcra"]);
    expect(
      await runInDurableObject(stub, async (_, state) => state.storage.getAlarm()),
    ).not.toBeNull();

    // Drained: the moved alarm fires on its own (or is run here if it has not yet).
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    await runDurableObjectAlarm(stub);
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual([]);
    expect(await runInDurableObject(stub, async (_, state) => state.storage.getAlarm())).toBeNull();

    // A fresh start: the full burst again, and the table comes back.
    expect(await stub.take(POLICY)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual(["gcra"]);
  });

  it("keeps a client's debt in time when the limit is raised", async () => {
    const stub = limiter();
    await stub.take({ limit: 1, periodMs: 60_000 });
    // One request used a whole minute at 1 a minute; at 2 a minute that is two requests' worth.
    expect(await stub.take({ limit: 2, periodMs: 60_000 })).toMatchObject({ allowed: false });
  });
});
