/** Hono environment of the emulator: per-request variables. */
export type AppEnv = {
  Variables: {
    /** Counts requests since the last reset; the request log's id. */
    requestNumber: number;
    /** Identifies the request in error envelopes. */
    requestId: string;
  };
};
