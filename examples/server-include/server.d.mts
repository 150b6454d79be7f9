import type { IncomingMessage, ServerResponse } from "node:http";

/** The host site's request handler, including fragments of the edge at `edge`. */
export declare function includeHandler(
  edge: string,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
