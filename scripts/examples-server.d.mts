import type { IncomingMessage, ServerResponse } from "node:http";

/** The folder of the plain HTML example. */
export declare const PLAIN_HTML_DIR: string;

/** The edge's origin as the example files name it (`npm start`'s). */
export declare const EXAMPLE_EDGE_ORIGIN: string;

/** A request handler serving examples/plain-html, with the edge's origin replaced by `edgeOrigin`. */
export declare function plainHtmlHandler(
  edgeOrigin?: string,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
