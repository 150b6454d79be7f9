import type { unstable_startWorker } from "wrangler";

/** The repository root. */
export declare const ROOT: string;

/** The optional secrets `npm start` passes to the edge from its dev vars file. */
export declare const OPTIONAL_SECRETS: readonly string[];

/** `unstable_startWorker` input for the edge as `npm start` runs it. */
export declare function edgeWorkerInput(options: {
  devVars: string;
  port: number;
  inspectorPort?: number;
  watch: boolean;
  /** Bindings to add or replace, e.g. the Kasar demo's settings. */
  bindings?: Record<string, unknown>;
}): Parameters<typeof unstable_startWorker>[0];
