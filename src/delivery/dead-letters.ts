import { DurableObject } from "cloudflare:workers";
import * as z from "zod/v4";
import type { DeadLetterSummary } from "./ledger";

/** A dead-lettered submission as operators see it: identifiers and reasons, no personal data. */
export interface DeadLetter extends DeadLetterSummary {
  deadLetteredAt: number;
}

/** A page of dead letters, oldest first. */
export interface DeadLetterPage {
  entries: DeadLetter[];
  /** Pass back as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

const Row = z.object({
  submission_id: z.string(),
  form_uuid: z.string(),
  reason: z.string(),
  attempts: z.number(),
  last_error: z.string().nullable(),
  created_at: z.number(),
  dead_at: z.number(),
});

const CURSOR = /^(\d{1,16})\.([0-9a-f]{64})$/;

function toEntry(row: unknown): DeadLetter {
  const r = Row.parse(row);
  return {
    submissionId: r.submission_id,
    formUuid: r.form_uuid,
    reason: r.reason,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    deadLetteredAt: r.dead_at,
  };
}

/**
 * Where dead-lettered submissions wait for an operator: one SQLite-backed
 * Durable Object (dead letters are rare, and a single writer lists them
 * consistently, which KV's eventually consistent listing would not).
 */
export class DeadLetterStore extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS dead_letters (
      submission_id TEXT PRIMARY KEY,
      form_uuid TEXT NOT NULL,
      reason TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      last_error TEXT,
      created_at INTEGER NOT NULL,
      dead_at INTEGER NOT NULL
    )`);
    ctx.storage.sql.exec(
      "CREATE INDEX IF NOT EXISTS dead_letters_order ON dead_letters (dead_at, submission_id)",
    );
  }

  /** Stores (or refreshes) a dead letter. */
  add(summary: DeadLetterSummary): DeadLetter {
    const entry: DeadLetter = { ...summary, deadLetteredAt: Date.now() };
    this.ctx.storage.sql.exec(
      `INSERT OR REPLACE INTO dead_letters
        (submission_id, form_uuid, reason, attempts, last_error, created_at, dead_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`,
      entry.submissionId,
      entry.formUuid,
      entry.reason,
      entry.attempts,
      entry.lastError,
      entry.createdAt,
      entry.deadLetteredAt,
    );
    return entry;
  }

  /** One dead letter, or `null`. */
  get(submissionId: string): DeadLetter | null {
    const rows = this.ctx.storage.sql
      .exec("SELECT * FROM dead_letters WHERE submission_id = ?", submissionId)
      .toArray();
    return rows[0] ? toEntry(rows[0]) : null;
  }

  /** A page of dead letters in the order they died; `null` for a malformed cursor. */
  list(limit: number, cursor?: string): DeadLetterPage | null {
    const match = cursor === undefined ? null : CURSOR.exec(cursor);
    if (cursor !== undefined && !match) return null;
    const rows = match
      ? this.ctx.storage.sql
          .exec(
            `SELECT * FROM dead_letters WHERE (dead_at, submission_id) > (?, ?)
             ORDER BY dead_at, submission_id LIMIT ?`,
            Number(match[1]),
            match[2],
            limit + 1,
          )
          .toArray()
      : this.ctx.storage.sql
          .exec("SELECT * FROM dead_letters ORDER BY dead_at, submission_id LIMIT ?", limit + 1)
          .toArray();
    const entries = rows.slice(0, limit).map(toEntry);
    const last = entries.at(-1);
    return {
      entries,
      nextCursor:
        rows.length > limit && last ? `${last.deadLetteredAt}.${last.submissionId}` : null,
    };
  }

  /** Removes a dead letter (replayed or discarded); false when there was none. */
  remove(submissionId: string): boolean {
    const cursor = this.ctx.storage.sql.exec(
      "DELETE FROM dead_letters WHERE submission_id = ?",
      submissionId,
    );
    return cursor.rowsWritten > 0;
  }

  /** How many dead letters wait. */
  count(): number {
    const row = this.ctx.storage.sql.exec("SELECT COUNT(*) AS n FROM dead_letters").one();
    return Number(row.n);
  }
}
