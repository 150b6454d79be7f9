import type { Finding, FindingPlace } from "./findings";
import type { Unreachable } from "./snapshot";

/** The finding for a check that could not run because a Caraer call failed. */
export function unreachableFinding(where: FindingPlace, facts: Unreachable, what: string): Finding {
  return {
    severity: "error",
    code: "caraer_unreachable",
    where,
    message: `Could not check ${what}: ${facts.reason}.`,
    fix: "Check CARAER_API_BASE, CARAER_COMPANY_UUID and CARAER_API_TOKEN, and that Caraer is up; then run the check again.",
  };
}
