import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");

/** `event level` pairs, sorted. */
type Pairs = string[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every `log.<level>("<event>"` call in src/, found by its text. */
function emitted(): Pairs {
  const pairs = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const [, level, event] of text.matchAll(
      /\.(debug|info|warn|error)\(\s*"([a-z_]+\.[a-z_.]+)"/g,
    )) {
      pairs.add(`${event} ${level}`);
    }
  }
  return [...pairs].sort();
}

/** The `LogEvents` registry the logger's types are built from. */
function registered(): Pairs {
  const text = readFileSync(join(SRC, "observability", "events.ts"), "utf8");
  return [...text.matchAll(/^\s+"([a-z_.]+)": "(debug|info|warn|error)";$/gm)]
    .map(([, event, level]) => `${event} ${level}`)
    .sort();
}

/** The rows of docs/log-events.md's table of events. */
function documented(): Pairs {
  const text = readFileSync(join(SRC, "..", "docs", "log-events.md"), "utf8");
  return [
    ...text.matchAll(
      /^\|\s*`([a-z_.]+)`\s*\|\s*(debug|info|warn|error)\s*\|\s*(yes|watch|no)\s*\|\s*\S/gm,
    ),
  ]
    .map(([, event, level]) => `${event} ${level}`)
    .sort();
}

describe("log events", () => {
  it("are all registered, each at the level it is written", () => {
    const written = emitted();
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((pair) => !registered().includes(pair))).toEqual([]);
  });

  it("are all written somewhere: the registry holds no stale event", () => {
    const written = new Set(emitted().map((pair) => pair.split(" ")[0]));
    expect(registered().filter((pair) => !written.has(pair.split(" ")[0]))).toEqual([]);
  });

  it("are documented in docs/log-events.md with their level, an action and a meaning", () => {
    expect(documented()).toEqual(registered());
  });
});
