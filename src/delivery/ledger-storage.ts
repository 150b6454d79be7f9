import type { Config } from "../config/config";
import { type LedgerState, LedgerStateSchema } from "./state";

const STATE_KEY = "state";

/**
 * A ledger's durable storage: its one state record and its alarm, which is
 * either the backstop of a queued submission or the end of a finished one's
 * retention.
 */
export class LedgerStorage {
  constructor(private readonly storage: DurableObjectStorage) {}

  /** The stored state, or `null` for a ledger never offered anything. */
  async load(): Promise<LedgerState | null> {
    const stored = await this.storage.get(STATE_KEY);
    if (stored === undefined) return null;
    const parsed = LedgerStateSchema.safeParse(stored);
    // A state this code cannot read is kept for an operator rather than overwritten.
    if (!parsed.success) throw new Error("unreadable ledger state");
    return parsed.data;
  }

  async save(state: LedgerState): Promise<void> {
    state.updatedAt = Date.now();
    await this.storage.put(STATE_KEY, state);
  }

  /** Schedules the removal of a finished (or never accepted) submission after the retention. */
  async expireLater(config: Config): Promise<void> {
    await this.storage.setAlarm(Date.now() + config.SUBMISSION_RETENTION_SECONDS * 1000);
  }

  /**
   * Arms the backstop of a queued submission: when no try has come
   * `DELIVERY_BACKSTOP_SECONDS` after the next one is due (in `dueInSeconds`),
   * the alarm queues it again.
   */
  async armBackstop(config: Config, dueInSeconds: number): Promise<void> {
    const seconds = dueInSeconds + config.DELIVERY_BACKSTOP_SECONDS;
    await this.storage.setAlarm(Date.now() + seconds * 1000);
  }

  /** Whether a later alarm than now is set (a call that ran meanwhile decides then). */
  async alarmPending(): Promise<boolean> {
    const next = await this.storage.getAlarm();
    return next !== null && next > Date.now();
  }

  /** Failed submissions wait for an operator, not for a timer. */
  async disarm(): Promise<void> {
    await this.storage.deleteAlarm();
  }

  /** Forgets the submission. */
  async forget(): Promise<void> {
    await this.storage.deleteAll();
  }
}
