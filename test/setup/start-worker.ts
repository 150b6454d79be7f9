import { unstable_startWorker } from "wrangler";

/** A Worker started for the whole test run, reachable over real HTTP on loopback. */
export interface LocalWorker {
  origin: string;
  dispose: () => Promise<void>;
}

/** Starts the Worker of a wrangler config on a free loopback port, quietly. */
export async function startLocalWorker(config: string): Promise<LocalWorker> {
  const worker = await unstable_startWorker({
    config,
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "warn",
    },
  });
  return { origin: (await worker.url).origin, dispose: () => worker.dispose() };
}
