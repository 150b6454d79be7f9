import { DurableObject } from "cloudflare:workers";
import { currentBacklog, drainMs, type GcraPolicy, type GcraState, gcra, rescale } from "./gcra";

/** What the limiter answers for one request. */
export interface LimiterVerdict {
  allowed: boolean;
  remaining: number;
  resetMs: number;
  retryAfterMs: number;
}

interface Row extends Record<string, SqlStorageValue> {
  at: number;
  backlog: number;
  lim: number;
}

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS gcra (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL, backlog INTEGER NOT NULL, lim INTEGER NOT NULL)";

/**
 * The strict limiter: one Durable Object per key (route class, form, client
 * address), holding that key's GCRA state in SQLite. A Durable Object runs one
 * event at a time and `take` never awaits, so read-decide-write is atomic and
 * the count is exact at any concurrency.
 *
 * Once a key's backlog has drained its state equals a fresh one, so an alarm
 * deletes the object's storage then: idle clients cost nothing.
 */
export class RateLimiter extends DurableObject<Env> {
  #ready = false;

  /** Decides one request against `policy` and records it when admitted. */
  take(policy: GcraPolicy): LimiterVerdict {
    const sql = this.ctx.storage.sql;
    const row = this.#read();
    const stored: GcraState | undefined = row
      ? rescale({ at: row.at, backlog: row.backlog }, row.lim, policy.limit)
      : undefined;
    const now = Date.now();
    const decision = gcra(policy, stored, now);
    if (decision.next) {
      sql.exec(
        "INSERT INTO gcra (id, at, backlog, lim) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at, backlog = excluded.backlog, lim = excluded.lim",
        decision.next.at,
        decision.next.backlog,
        policy.limit,
      );
      // A stored row always has a pending alarm; only a new row needs one.
      if (!row) void this.ctx.storage.setAlarm(now + decision.resetMs);
    }
    const { allowed, remaining, resetMs, retryAfterMs } = decision;
    return { allowed, remaining, resetMs, retryAfterMs };
  }

  #read(): Row | undefined {
    const sql = this.ctx.storage.sql;
    // `deleteAll` drops the table too, so it is (re)created on first use.
    if (!this.#ready) {
      sql.exec(SCHEMA);
      this.#ready = true;
    }
    return sql.exec<Row>("SELECT at, backlog, lim FROM gcra WHERE id = 1").toArray()[0];
  }

  /** Deletes the state once the backlog has drained, or waits until it will have. */
  override async alarm(): Promise<void> {
    const row = this.#read();
    const now = Date.now();
    const backlog = row ? currentBacklog(row, now, row.lim) : 0;
    if (row && backlog > 0) {
      await this.ctx.storage.setAlarm(now + drainMs(backlog, row.lim));
      return;
    }
    this.#ready = false;
    await this.ctx.storage.deleteAll();
  }
}
