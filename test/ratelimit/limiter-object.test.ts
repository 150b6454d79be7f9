import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

function limiter() {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`test:${crypto.randomUUID()}`));
}

function tables(state: DurableObjectState): string[] {
  return state.storage.sql
    .exec<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'budgets'",
    )
    .toArray()
    .map((row) => row.name);
}

const POLICY = { limit: 2, periodMs: 1_000 };
const ONE = [{ name: "all", policy: POLICY }];

describe("RateLimiter Durable Object", () => {
  it("keeps its state across an eviction", async () => {
    const stub = limiter();
    expect((await stub.take(ONE)).verdicts).toMatchObject([{ allowed: true, remaining: 1 }]);
    await evictDurableObject(stub);
    expect(await stub.take(ONE)).toMatchObject({
      allowed: true,
      verdicts: [{ allowed: true, remaining: 0 }],
    });
    expect(await stub.take(ONE)).toMatchObject({
      allowed: false,
      verdicts: [{ allowed: false, remaining: 0 }],
    });
  });

  it("schedules an alarm that deletes the state once the backlog has drained", async () => {
    const stub = limiter();
    await stub.take(ONE);
    await stub.take(ONE);
    expect(
      await runInDurableObject(stub, async (_, state) => state.storage.getAlarm()),
    ).not.toBeNull();

    // Too early: the backlog (1 s) has not drained, so the alarm only moves.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual(["budgets"]);
    expect(
      await runInDurableObject(stub, async (_, state) => state.storage.getAlarm()),
    ).not.toBeNull();

    // Drained: the moved alarm fires on its own (or is run here if it has not yet).
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    await runDurableObjectAlarm(stub);
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual([]);
    expect(await runInDurableObject(stub, async (_, state) => state.storage.getAlarm())).toBeNull();

    // A fresh start: the full burst again, and the table comes back.
    expect((await stub.take(ONE)).verdicts).toMatchObject([{ allowed: true, remaining: 1 }]);
    expect(await runInDurableObject(stub, (_, state) => tables(state))).toEqual(["budgets"]);
  });

  it("keeps a client's debt in time when the limit is raised", async () => {
    const stub = limiter();
    await stub.take([{ name: "all", policy: { limit: 1, periodMs: 60_000 } }]);
    // One request used a whole minute at 1 a minute; at 2 a minute that is two requests' worth.
    expect(
      await stub.take([{ name: "all", policy: { limit: 2, periodMs: 60_000 } }]),
    ).toMatchObject({ allowed: false });
  });

  it("admits a request only when every budget has room, and then counts it against each", async () => {
    const stub = limiter();
    const form = (name: string) => ({ name, policy: { limit: 2, periodMs: 60_000 } });
    const client = { name: "all", policy: { limit: 3, periodMs: 60_000 } };
    expect((await stub.take([form("form:a"), client])).verdicts).toMatchObject([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 2 },
    ]);
    expect((await stub.take([form("form:b"), client])).allowed).toBe(true);
    expect((await stub.take([form("form:b"), client])).allowed).toBe(true);
    // The client's budget is spent; form a still has room but is not counted.
    expect(await stub.take([form("form:a"), client])).toMatchObject({
      allowed: false,
      verdicts: [
        { allowed: true, remaining: 0 },
        { allowed: false, remaining: 0 },
      ],
    });
    // Form a's budget is what it was after its one admitted request.
    const rows = await runInDurableObject(stub, (_, state) =>
      state.storage.sql
        .exec<{ name: string; backlog: number }>("SELECT name, backlog FROM budgets ORDER BY name")
        .toArray(),
    );
    expect(rows.map((row) => row.name)).toEqual(["all", "form:a", "form:b"]);
    expect((await stub.take([form("form:a")])).verdicts).toMatchObject([
      { allowed: true, remaining: 0 },
    ]);
  });

  it("counts nothing when the first budget refuses", async () => {
    const stub = limiter();
    const form = { name: "form:a", policy: { limit: 1, periodMs: 60_000 } };
    const client = { name: "all", policy: { limit: 10, periodMs: 60_000 } };
    expect((await stub.take([form, client])).allowed).toBe(true);
    expect(await stub.take([form, client])).toMatchObject({
      allowed: false,
      verdicts: [{ allowed: false }, { allowed: true, remaining: 8 }],
    });
    expect((await stub.take([client])).verdicts).toMatchObject([{ allowed: true, remaining: 8 }]);
  });
});
