import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { type ErrorType, errorEnvelope, problem } from "../errors";
import { DEFAULT_FAULT_STATUS } from "../ours";
import { type Fault, pickFault } from "./faults";
import { hang, sleep } from "./hang";

function defaultType(status: number): ErrorType {
  if (status === 404) return "NOT_FOUND";
  if (status >= 500) return "INTERNAL_SERVER_ERROR";
  return status === 400 ? "VALIDATION" : "GENERAL";
}

/**
 * Builds the API's own error body for an injected fault (`hung` false) or a
 * released hang (`hung` true, status 504), so one fault engine serves both
 * emulated APIs (Caraer here, Kasar in `emulator/kasar/`).
 */
export type FaultErrorBody = (
  status: number,
  faultId: string,
  requestId: string,
  hung: boolean,
) => unknown;

/** Caraer's error envelope for faults without a body and for released hangs. */
const caraerFaultBody: FaultErrorBody = (status, faultId, requestId, hung) =>
  hung
    ? errorEnvelope(
        504,
        "Gateway timeout",
        [problem("GENERAL", "The request hung and was released", "Retry.")],
        requestId,
      )
    : errorEnvelope(
        status,
        `Injected fault ${faultId}`,
        [
          problem(
            defaultType(status),
            `Injected fault ${faultId} (status ${status})`,
            "Retry later.",
          ),
        ],
        requestId,
      );

/** The answer of a fault: its body (JSON unless a string), else the API's error body. */
function faultResponse(fault: Fault, requestId: string, errorBody: FaultErrorBody): Response {
  const status = fault.status ?? DEFAULT_FAULT_STATUS;
  const headers = new Headers();
  if (fault.retryAfter !== undefined) headers.set("Retry-After", String(fault.retryAfter));
  if (typeof fault.body === "string") {
    headers.set("content-type", "text/plain; charset=utf-8");
    return new Response(fault.body, { status, headers });
  }
  const body =
    fault.body !== undefined ? fault.body : errorBody(status, fault.id, requestId, false);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * Applies the first matching fault. phase "before" answers without touching
 * the request; "after" lets the request change state first and then replaces
 * (or withholds) the answer, emulating a lost response. A fault with neither
 * status, body nor hang only delays the real answer (and may add Retry-After).
 */
export function applyFaultsWith(errorBody: FaultErrorBody) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const fault = pickFault(c.req.method, c.req.path);
    if (!fault) return next();
    const signal = c.req.raw.signal;
    const after = fault.phase === "after";
    if (after) await next();
    if (fault.latencyMs) await sleep(fault.latencyMs, signal);
    const requestId = c.get("requestId");
    if (fault.hang) {
      await hang(signal);
      c.res = Response.json(errorBody(504, fault.id, requestId, true), { status: 504 });
      return;
    }
    if (fault.status !== undefined || fault.body !== undefined) {
      c.res = faultResponse(fault, requestId, errorBody);
      return;
    }
    if (!after) await next();
    if (fault.retryAfter !== undefined) c.res.headers.set("Retry-After", String(fault.retryAfter));
  });
}

/** The Caraer emulator's fault middleware. */
export const applyFaults = applyFaultsWith(caraerFaultBody);
