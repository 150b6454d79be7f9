import type { Config } from "../config/config";
import { type Finding, sortFindings } from "./findings";
import { checkForms } from "./forms";
import { checkLists } from "./lists";
import { checkSecrets } from "./secrets";
import { checkSite } from "./site";
import type { Snapshot } from "./snapshot";

/**
 * The configuration doctor's verdict: every finding about a parsed
 * configuration against a snapshot of the live Caraer schema, in report
 * order. Pure: the same inputs give the same findings (docs/doctor.md).
 */
export function checkConfiguration(config: Config, snapshot: Snapshot): Finding[] {
  return sortFindings([
    ...checkLists(config, snapshot),
    ...checkSite(config, snapshot),
    ...checkForms(config, snapshot),
    ...checkSecrets(config),
  ]);
}
