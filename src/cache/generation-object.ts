import { DurableObject } from "cloudflare:workers";
import { kvKeys } from "./keys";

/**
 * Spacing between two KV writes of one generation key. KV accepts one write
 * per second to a key; the margin absorbs clock jitter between alarms.
 */
export const GENERATION_FLUSH_INTERVAL_MS = 1_100;

/** The object's state, one value in the object's synchronous KV storage. */
interface State {
  object: string;
  /** The latest bump. */
  generation: number;
  /** The generation last written to KV, and when the write was issued. */
  flushed: number;
  flushedAt: number;
}

const STATE = "state";

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
  /**
   * Moves the object to a new generation and schedules the KV write. The
   * value is time-based (ms), so it also stays above what an older deploy
   * wrote to KV, and strictly increasing.
   */
  bump(object: string): number {
    const state = this.ctx.storage.kv.get<State>(STATE);
    const generation = Math.max(Date.now(), (state?.generation ?? 0) + 1);
    const flushedAt = state?.flushedAt ?? 0;
    this.ctx.storage.kv.put<State>(STATE, {
      object,
      generation,
      flushed: state?.flushed ?? 0,
      flushedAt,
    });
    // The alarm is the only writer, so writes never overlap and keep their spacing.
    void this.ctx.storage.setAlarm(Math.max(Date.now(), flushedAt + GENERATION_FLUSH_INTERVAL_MS));
    return generation;
  }

  /** Copies the latest generation to KV; a failed write throws, and the runtime retries the alarm. */
  override async alarm(): Promise<void> {
    const state = this.ctx.storage.kv.get<State>(STATE);
    if (!state || state.flushed === state.generation) return;
    // Recorded before the write is issued: a bump arriving meanwhile schedules the next one a full interval later.
    this.ctx.storage.kv.put<State>(STATE, {
      ...state,
      flushed: state.generation,
      flushedAt: Date.now(),
    });
    try {
      await this.env.CACHE.put(await kvKeys.generation(state.object), String(state.generation));
    } catch (error) {
      const now = this.ctx.storage.kv.get<State>(STATE);
      if (now) this.ctx.storage.kv.put<State>(STATE, { ...now, flushed: state.flushed });
      throw error;
    }
  }
}
