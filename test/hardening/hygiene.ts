import { env } from "cloudflare:workers";
import { INTERNAL_NOTES_MARKER, RECRUITER_EMAIL_DOMAIN } from "../../emulator/src/demo";
import { SECRET_KEYS } from "../../src/config/config";
import worker from "../../src/index";

/** Something the Worker said: one response or one console line. */
export interface Captured {
  where: string;
  text: string;
}

/** A secret value found where it must never be. */
export interface Leak {
  where: string;
  secret: string;
  form: string;
}

interface HygieneState {
  captured: Captured[];
  secrets: Map<string, string>;
}

const STATE = Symbol.for("caraer-edge.hygiene");
const holder = globalThis as typeof globalThis & { [STATE]?: HygieneState };

/** Secret values shorter than this are not searched: they would match by chance. */
const MIN_SECRET_LENGTH = 8;

/** The forms a secret could take in a response or a log line. */
export function secretForms(secret: string): [string, string][] {
  return [
    ["raw", secret],
    ["url-encoded", encodeURIComponent(secret)],
    ["json-escaped", JSON.stringify(secret).slice(1, -1)],
    ["base64", btoa(secret)],
  ];
}

/** Every occurrence of any of `secrets` (in any of its forms) in `captured`. */
export function findLeaks(captured: readonly Captured[], secrets: Iterable<string>): Leak[] {
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    for (const [form, value] of secretForms(secret)) {
      for (const item of captured) {
        if (item.text.includes(value)) leaks.push({ where: item.where, secret, form });
      }
    }
  }
  return leaks;
}

function remember(state: HygieneState, source: object): void {
  for (const key of SECRET_KEYS) {
    const value = (source as Record<string, unknown>)[key];
    if (typeof value === "string" && value.length >= MIN_SECRET_LENGTH)
      state.secrets.set(value, key);
  }
}

/**
 * Starts capturing, once per isolate: every response of the Worker's fetch
 * handler (status, headers, body) and every console line, and every secret
 * value the Worker ran with, including values a test passed through
 * `edgeWith`. Installed for the whole edge suite as a setup file.
 */
export function installHygiene(): HygieneState {
  const existing = holder[STATE];
  if (existing) return existing;
  const state: HygieneState = { captured: [], secrets: new Map() };
  holder[STATE] = state;
  remember(state, env);

  const handler = worker as { fetch: NonNullable<typeof worker.fetch> };
  const fetch = handler.fetch;
  handler.fetch = async (request, runEnv, ctx) => {
    remember(state, runEnv ?? {});
    const response = await fetch(request, runEnv, ctx);
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
    const body = response.body ? await response.clone().text() : "";
    state.captured.push({
      where: `${request.method} ${new URL(request.url).pathname} → ${response.status}`,
      text: `${response.status} ${response.statusText}\n${headers}\n\n${body}`,
    });
    return response;
  };

  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    const write = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      state.captured.push({ where: `console.${level}`, text: args.map(String).join(" ") });
      write(...args);
    };
  }
  return state;
}

/** Demo values of non-public properties (emulator/src/demo.ts), which no log line may hold. */
const NON_PUBLIC_MARKERS = [INTERNAL_NOTES_MARKER, RECRUITER_EMAIL_DOMAIN];

/**
 * What is wrong with the Worker's log lines among `captured`: each must be one
 * JSON object led by `event`, `level`, `requestId` and `route` (docs/log-events.md),
 * written at its level, and hold no non-public demo value. Lines that do not
 * start with `{` are the tests' own (a seed, a planted secret), not the Worker's.
 */
export function logLineProblems(captured: readonly Captured[]): string[] {
  const problems: string[] = [];
  for (const { where, text } of captured) {
    if (!where.startsWith("console.")) continue;
    for (const marker of NON_PUBLIC_MARKERS) {
      if (text.includes(marker)) problems.push(`non-public value in ${where}: ${text}`);
    }
    if (!text.startsWith("{")) continue;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      problems.push(`not one JSON object: ${text}`);
      continue;
    }
    const [event, level, requestId, route] = Object.keys(line);
    // info and debug go to console.log, warn and error to their own methods.
    const method = where.slice("console.".length);
    const levels = method === "log" ? ["info", "debug"] : [method];
    if (
      `${event},${level},${requestId},${route}` !== "event,level,requestId,route" ||
      typeof line.event !== "string" ||
      typeof line.route !== "string" ||
      !(typeof line.requestId === "string" || line.requestId === null) ||
      !levels.includes(String(line.level))
    ) {
      problems.push(`malformed log line (${where}): ${text}`);
    }
  }
  return problems;
}

/** What was captured so far in this isolate, and the secrets to look for. */
export function hygieneState(): HygieneState {
  return installHygiene();
}
