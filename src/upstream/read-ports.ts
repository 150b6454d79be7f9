import type { Upstream } from "../services/services";
import { createCaraerReadPort } from "./caraer-read-port";
import { createKasarReadPort } from "./kasar/read-port";
import type { ReadPort } from "./read-port";

/** The read port of a deployment's CRM client: the one place the cores' CRM is chosen. */
export function readPortFor(upstream: Upstream): ReadPort {
  return upstream.crm === "caraer"
    ? createCaraerReadPort(upstream.caraer)
    : createKasarReadPort(upstream.kasar);
}
