import { createEdgeClient } from "@caraer/edge-client";

/** The edge's origin: `VITE_CARAER_EDGE` at build time, else `npm start`'s. */
export const EDGE_ORIGIN = import.meta.env.VITE_CARAER_EDGE ?? "http://localhost:8787";

/** The list and the application form of the demo configuration. */
export const LIST = "vacancies";
export const FORM = "5f0c9e2a-8b7d-4c3e-a1f6-0d9e8c7b6a50";

/** The one typed client of the app: retries 429 and 503 after `Retry-After`. */
export const edge = createEdgeClient({ baseUrl: EDGE_ORIGIN });
