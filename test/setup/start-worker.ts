import { unstable_startWorker } from "wrangler";

/** A Worker started for the whole test run, reachable over real HTTP on loopback. */
export interface LocalWorker {
  origin: string;
  dispose: () => Promise<void>;
}

/** Settings a test gives the Worker instead of a developer's `.dev.vars`. */
export type Bindings = NonNullable<Parameters<typeof unstable_startWorker>[0]["bindings"]>;

/**
 * Starts the Worker of a wrangler config on a free loopback port, quietly.
 * With `bindings`, `.dev.vars` (a developer's file) is not read: the test
 * brings its own settings.
 */
export async function startLocalWorker(config: string, bindings?: Bindings): Promise<LocalWorker> {
  const worker = await unstable_startWorker({
    config,
    ...(bindings ? { envFiles: [], bindings } : {}),
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "warn",
    },
  });
  return { origin: (await worker.url).origin, dispose: () => worker.dispose() };
}
