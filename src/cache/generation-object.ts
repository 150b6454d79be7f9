import { DurableObject } from "cloudflare:workers";
import { kvKeys } from "./keys";

/**
 * Spacing between two KV writes of one generation key. KV accepts one write
 * per second to a key; the margin absorbs clock jitter between alarms.
 */
export const GENERATION_FLUSH_INTERVAL_MS = 1_100;

interface Row extends Record<string, SqlStorageValue> {
  object: string;
  generation: number;
  flushed: number;
  flushedAt: number;
}

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS generation (id INTEGER PRIMARY KEY CHECK (id = 1), object TEXT NOT NULL, generation INTEGER NOT NULL, flushed INTEGER NOT NULL, flushedAt INTEGER NOT NULL)";

/**
 * The authority for one object's cache generation (docs/kv-keys.md). Webhooks
 * arrive in bursts (a bulk edit in Caraer sends one per record, all within a
 * second), and KV takes one write per second per key; so every bump lands here,
 * where one event runs at a time and each bump gets its own, larger number, and
 * the object copies the latest number to the KV key that readers use, at most
 * once per {@link GENERATION_FLUSH_INTERVAL_MS}. A burst of any size costs one
 * immediate write and one trailing write, and the trailing write always carries
 * the last bump.
 */
export class GenerationCounter extends DurableObject<Env> {
  #ready = false;

  /**
   * Moves the object to a new generation and schedules the KV write. The
   * value is time-based (ms), so it also stays above what an older deploy
   * wrote to KV, and strictly increasing.
   */
  bump(object: string): number {
    const row = this.#read();
    const generation = Math.max(Date.now(), (row?.generation ?? 0) + 1);
    const flushedAt = row?.flushedAt ?? 0;
    this.ctx.storage.sql.exec(
      "INSERT INTO generation (id, object, generation, flushed, flushedAt) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET generation = excluded.generation",
      object,
      generation,
      row?.flushed ?? 0,
      flushedAt,
    );
    // The alarm is the only writer, so writes never overlap and keep their spacing.
    void this.ctx.storage.setAlarm(Math.max(Date.now(), flushedAt + GENERATION_FLUSH_INTERVAL_MS));
    return generation;
  }

  /** Copies the latest generation to KV; a failed write throws, and the runtime retries the alarm. */
  override async alarm(): Promise<void> {
    const row = this.#read();
    if (!row || row.flushed === row.generation) return;
    const now = Date.now();
    this.ctx.storage.sql.exec(
      "UPDATE generation SET flushed = ?, flushedAt = ? WHERE id = 1",
      row.generation,
      now,
    );
    try {
      await this.env.CACHE.put(kvKeys.generation(row.object), String(row.generation));
    } catch (error) {
      this.ctx.storage.sql.exec("UPDATE generation SET flushed = ? WHERE id = 1", row.flushed);
      throw error;
    }
  }

  #read(): Row | undefined {
    const sql = this.ctx.storage.sql;
    if (!this.#ready) {
      sql.exec(SCHEMA);
      this.#ready = true;
    }
    return sql
      .exec<Row>("SELECT object, generation, flushed, flushedAt FROM generation WHERE id = 1")
      .toArray()[0];
  }
}
