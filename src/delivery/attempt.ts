import type { DeliveryCrm } from "../forms/crm/port";
import { UpstreamError } from "../upstream/errors";
import type { PreparedSubmission } from "./prepared";
import type { LedgerState } from "./state";

/** Where a delivery stopped. */
export type DeliveryStage = "scope" | "lookup" | "submit" | "relation";

/** The outcome of one delivery try. */
export type AttemptOutcome =
  | { kind: "delivered" }
  | { kind: "transient"; stage: DeliveryStage; error: string; retryAfterSeconds?: number }
  | {
      kind: "permanent";
      stage: DeliveryStage;
      error: string;
      /** The CRM's HTTP status, when it answered. */
      status?: number;
      /** The CRM's error types (Caraer's types, Kasar's codes), for mapping a refusal to the caller. */
      types: string[];
    };

/** What a delivery try needs. */
export interface AttemptDeps {
  /** The deployment's CRM (src/forms/crm/port.ts). */
  crm: DeliveryCrm;
  /** Persists the state after each step, so a crash resumes at the right step. */
  save: (state: LedgerState) => Promise<void>;
  now: () => number;
  /** Whether there is time left to start another upstream call (the inline try has a budget). */
  hasTime: () => boolean;
}

/** A short, log-safe description of an upstream failure (no bodies, no values). */
function describeFailure(error: unknown): string {
  if (!(error instanceof UpstreamError)) return error instanceof Error ? error.name : "error";
  const types = error.items.map((item) => item.type).join(",");
  return `${error.endpoint} ${error.failure}${error.status ? ` ${error.status}` : ""}${types ? ` [${types}]` : ""}`;
}

function outcomeOf(stage: DeliveryStage, error: unknown): AttemptOutcome {
  if (error instanceof UpstreamError && error.failure === "client_error") {
    return {
      kind: "permanent",
      stage,
      error: describeFailure(error),
      ...(error.status ? { status: error.status } : {}),
      types: error.items.map((item) => item.type),
    };
  }
  if (!(error instanceof UpstreamError)) throw error;
  return {
    kind: "transient",
    stage,
    error: describeFailure(error),
    ...(error.retryAfterSeconds !== undefined
      ? { retryAfterSeconds: error.retryAfterSeconds }
      : {}),
  };
}

const outOfTime = (stage: DeliveryStage): AttemptOutcome => ({
  kind: "transient",
  stage,
  error: "inline time budget used up",
});

async function ensureScope(
  state: LedgerState,
  prepared: PreparedSubmission,
  deps: AttemptDeps,
): Promise<AttemptOutcome | null> {
  const relation = prepared.relation;
  if (!relation || relation.verified || state.recordUuid) return null;
  if (!deps.hasTime()) return outOfTime("scope");
  try {
    if (!(await deps.crm.inList(relation.list, relation.toUuid))) {
      return {
        kind: "permanent",
        stage: "scope",
        error: "related record outside the list's scope",
        types: ["NOT_FOUND"],
      };
    }
  } catch (error) {
    return outcomeOf("scope", error);
  }
  relation.verified = true;
  await deps.save(state);
  return null;
}

async function ensureRecord(
  state: LedgerState,
  prepared: PreparedSubmission,
  deps: AttemptDeps,
): Promise<AttemptOutcome | null> {
  if (state.recordUuid) return null;
  if (state.uncertainSince !== null) {
    if (!deps.hasTime()) return outOfTime("lookup");
    try {
      const found = await deps.crm.findLost(prepared, state.uncertainSince);
      if (found) {
        state.recordUuid = found;
        state.uncertainSince = null;
        await deps.save(state);
        return null;
      }
    } catch (error) {
      const outcome = outcomeOf("lookup", error);
      // A lookup the CRM refuses must not block delivery: fall back to submitting again.
      if (outcome.kind === "transient") return outcome;
    }
  }
  if (!deps.hasTime()) return outOfTime("submit");
  const before = state.uncertainSince;
  // Written before the call: if the answer never comes (or this isolate dies), the next
  // try knows a record may exist and looks for it first.
  state.uncertainSince = before ?? deps.now();
  await deps.save(state);
  try {
    state.recordUuid = await deps.crm.create(prepared);
    state.uncertainSince = null;
    await deps.save(state);
    return null;
  } catch (error) {
    if (error instanceof UpstreamError) {
      // A refusal or a rate limit means the CRM did not process this try.
      if (error.failure === "client_error") state.uncertainSince = null;
      else if (error.failure === "rate_limited") state.uncertainSince = before;
      await deps.save(state);
    }
    return outcomeOf("submit", error);
  }
}

async function ensureLink(
  state: LedgerState,
  prepared: PreparedSubmission,
  deps: AttemptDeps,
): Promise<AttemptOutcome | null> {
  const relation = prepared.relation;
  if (!relation || state.linked || !state.recordUuid) return null;
  if (!deps.hasTime()) return outOfTime("relation");
  try {
    await deps.crm.link({ object: prepared.object, id: state.recordUuid }, relation);
  } catch (error) {
    return outcomeOf("relation", error);
  }
  state.linked = true;
  await deps.save(state);
  return null;
}

/**
 * One delivery try, resuming where the last one stopped: check the related
 * record's scope if that was deferred, make sure the record exists (looking
 * for it first when an earlier answer was lost, submitting otherwise), then
 * link it. Each finished step is saved, so no step that succeeded is repeated
 * and the record is never created twice by a retry of the link.
 */
export async function attemptDelivery(
  state: LedgerState,
  deps: AttemptDeps,
): Promise<AttemptOutcome> {
  const prepared = state.prepared;
  if (!prepared) return { kind: "delivered" };
  const stopped =
    (await ensureScope(state, prepared, deps)) ??
    (await ensureRecord(state, prepared, deps)) ??
    (await ensureLink(state, prepared, deps));
  return stopped ?? { kind: "delivered" };
}
