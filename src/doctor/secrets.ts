import type { Config } from "../config/config";
import type { Finding } from "./findings";

/**
 * Checks that the secrets and Turnstile settings the configured features
 * need are present. Looks only at presence: no secret value is read into a
 * finding.
 */
export function checkSecrets(config: Config): Finding[] {
  const findings: Finding[] = [];
  const servesReads = Object.keys(config.LISTS).length > 0;
  const servesForms = Object.keys(config.FORMS).length > 0;
  if (!config.WEBHOOK_SECRET && servesReads) {
    findings.push({
      severity: "warning",
      code: "webhook_secret_missing",
      where: { setting: "WEBHOOK_SECRET" },
      message:
        "WEBHOOK_SECRET is not set: Caraer's webhooks are refused (401), so a changed or removed record stays visible until its cache entry expires.",
      fix: "Set it with `wrangler secret put WEBHOOK_SECRET` (at least 16 characters) and give Caraer's webhook subscriptions the same secret (docs/kv-keys.md).",
    });
  }
  if (!config.ADMIN_TOKEN && servesForms) {
    findings.push({
      severity: "warning",
      code: "admin_token_missing",
      where: { setting: "ADMIN_TOKEN" },
      message:
        "ADMIN_TOKEN is not set: dead-lettered submissions cannot be listed or replayed, and this check cannot run as GET /v1/admin/config-check.",
      fix: "Set it with `wrangler secret put ADMIN_TOKEN` (at least 16 characters).",
    });
  }
  if (config.TURNSTILE_SECRET && !config.TURNSTILE_SITE_KEY && servesForms) {
    findings.push({
      severity: "warning",
      code: "turnstile_site_key_missing",
      where: { setting: "TURNSTILE_SITE_KEY" },
      message:
        "TURNSTILE_SECRET is set without TURNSTILE_SITE_KEY: the edge's own forms render no Turnstile widget, so their submissions are refused (403 CHALLENGE_FAILED) on forms that require Turnstile.",
      fix: "Set TURNSTILE_SITE_KEY to the widget's site key, or set spam.turnstile to false on forms that sites post without a widget.",
    });
  }
  if (config.TURNSTILE_SITE_KEY && !config.TURNSTILE_SECRET) {
    findings.push({
      severity: "warning",
      code: "turnstile_secret_missing",
      where: { setting: "TURNSTILE_SECRET" },
      message:
        "TURNSTILE_SITE_KEY is set without TURNSTILE_SECRET: Turnstile is off, no widget is rendered and no token is verified.",
      fix: "Set TURNSTILE_SECRET with `wrangler secret put TURNSTILE_SECRET`, or remove TURNSTILE_SITE_KEY.",
    });
  }
  return findings;
}
