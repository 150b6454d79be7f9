import { DurableObject } from "cloudflare:workers";
import { currentBacklog, drainMs, type GcraPolicy, type GcraState, gcra, rescale } from "./gcra";

/** One budget a request is counted against, named within its limiter object. */
export interface Budget {
  /** The budget's name in the object, e.g. `form:<uuid>` or `all`. */
  name: string;
  policy: GcraPolicy;
}

/** What one budget says about a request. */
export interface LimiterVerdict {
  allowed: boolean;
  remaining: number;
  resetMs: number;
  retryAfterMs: number;
}

/** What the limiter answers for one request: one verdict per budget, in the order asked. */
export interface LimiterAnswer {
  /** Every budget had room, and the request was counted against each of them. */
  allowed: boolean;
  verdicts: LimiterVerdict[];
}

interface Row extends Record<string, SqlStorageValue> {
  name: string;
  at: number;
  backlog: number;
  lim: number;
}

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS budgets (name TEXT PRIMARY KEY, at INTEGER NOT NULL, backlog INTEGER NOT NULL, lim INTEGER NOT NULL) WITHOUT ROWID";

/**
 * The strict limiter: one Durable Object per route class and client address,
 * holding the GCRA state of each of that client's budgets in SQLite (the
 * client's budget across forms and one per form: docs/security.md). All the
 * budgets of a request are decided in one call: a request is admitted only if
 * every budget has room, and then counted against all of them. A Durable Object
 * runs one event at a time and `take` never awaits, so read-decide-write is
 * atomic and the counts are exact at any concurrency; its writes are one
 * transaction, so a request costs one storage commit, whatever it is counted
 * against.
 *
 * Once every backlog has drained the state equals a fresh one, so an alarm
 * deletes the object's storage then: idle clients cost nothing.
 */
export class RateLimiter extends DurableObject<Env> {
  #ready = false;

  /** Decides one request against `budgets` and counts it against each when all admit it. */
  take(budgets: Budget[]): LimiterAnswer {
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    const decided = budgets.map(({ name, policy }) => {
      const row = this.#row(name);
      const stored: GcraState | undefined = row
        ? rescale({ at: row.at, backlog: row.backlog }, row.lim, policy.limit)
        : undefined;
      return { name, policy, isNew: !row, decision: gcra(policy, stored, now) };
    });
    const allowed = decided.every(({ decision }) => decision.allowed);
    if (allowed) {
      let alarmMs = 0;
      for (const { name, policy, isNew, decision } of decided) {
        const next = decision.next;
        if (!next) continue;
        sql.exec(
          "INSERT INTO budgets (name, at, backlog, lim) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET at = excluded.at, backlog = excluded.backlog, lim = excluded.lim",
          name,
          next.at,
          next.backlog,
          policy.limit,
        );
        if (isNew) alarmMs = Math.max(alarmMs, decision.resetMs);
      }
      // A new row arms the alarm for its own drain time, since the object may
      // have had no rows and so no alarm. Moving a pending alarm is harmless:
      // it re-arms itself until every backlog has drained.
      if (alarmMs > 0) void this.ctx.storage.setAlarm(now + alarmMs);
    }
    return {
      allowed,
      verdicts: decided.map(({ decision: { allowed, remaining, resetMs, retryAfterMs } }) => ({
        allowed,
        remaining,
        resetMs,
        retryAfterMs,
      })),
    };
  }

  #row(name: string): Row | undefined {
    this.#ensureSchema();
    return this.ctx.storage.sql
      .exec<Row>("SELECT name, at, backlog, lim FROM budgets WHERE name = ?", name)
      .toArray()[0];
  }

  #ensureSchema(): void {
    // `deleteAll` drops the table too, so it is (re)created on first use.
    if (this.#ready) return;
    this.ctx.storage.sql.exec(SCHEMA);
    this.#ready = true;
  }

  /** Deletes the state once every backlog has drained, or waits until they will have. */
  override async alarm(): Promise<void> {
    this.#ensureSchema();
    const now = Date.now();
    const rows = this.ctx.storage.sql.exec<Row>("SELECT name, at, backlog, lim FROM budgets");
    let waitMs = 0;
    for (const row of rows) {
      waitMs = Math.max(waitMs, drainMs(currentBacklog(row, now, row.lim), row.lim));
    }
    if (waitMs > 0) {
      await this.ctx.storage.setAlarm(now + waitMs);
      return;
    }
    this.#ready = false;
    await this.ctx.storage.deleteAll();
  }
}
