// What the Worker bundle is made of (`npm run bundle -- --why`): each module's
// minified bytes from esbuild's metafile, and its share of the gzipped bundle.
// gzip has no per-module size, so the share is estimated from the source map:
// every byte of the minified output is attributed to the module it came from,
// each group's bytes are gzipped on their own, and the bundle's real gzip size
// is divided in proportion. Shares are estimates (gzip finds repeats across
// modules too), good for ranking what to cut; docs/benchmarks.md, "Bundle".
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./build.mjs";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one source-map line's segments into `[column, source?]` pairs (VLQ, fields 1 and 2). */
function* segments(line, state) {
  for (const segment of line.split(",")) {
    if (segment === "") continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : undefined];
  }
}

/** The module a bundle input belongs to: a package name, or our file under src/. */
function packageOf(file) {
  const at = file.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const parts = file.slice(at + "node_modules/".length).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** A module's group: its package, or its directory under src/ (`src/site`, `src/app.ts`). */
function groupOf(file) {
  return packageOf(file) ?? file.split("/").slice(0, 2).join("/");
}

/** Minified output bytes per source file (project-relative), from the source map. */
function bytesBySource(bundle) {
  const code = readFileSync(bundle, "utf8");
  const map = JSON.parse(readFileSync(`${bundle}.map`, "utf8"));
  const sources = map.sources.map((source) =>
    path.relative(ROOT, path.resolve(map.sourceRoot ?? "", source)),
  );
  const chunks = new Map();
  const add = (key, text) => chunks.set(key, (chunks.get(key) ?? "") + text);
  const state = { column: 0, source: 0 };
  const lines = code.split("\n");
  map.mappings.split(";").forEach((mapped, index) => {
    const line = lines[index] ?? "";
    state.column = 0;
    const marks = [...segments(mapped, state)];
    let start = 0;
    let owner = "(esbuild runtime)";
    for (const [column, source] of marks) {
      add(owner, line.slice(start, column));
      start = column;
      owner = source === undefined ? "(esbuild runtime)" : sources[source];
    }
    add(owner, `${line.slice(start)}\n`);
  });
  return chunks;
}

/**
 * Prints the bundle's groups (packages, src/ directories) and its largest
 * modules, by estimated gzip share.
 * @param {string} bundle the built entry module; its `.map` and the
 *   metafile (`bundle-meta.json`) lie beside it
 * @param {number} gzipKiB the whole bundle's gzip size
 */
export function explain(bundle, gzipKiB, { top = 40 } = {}) {
  const meta = JSON.parse(
    readFileSync(path.join(path.dirname(bundle), "bundle-meta.json"), "utf8"),
  );
  const inputs = Object.values(meta.outputs).find((output) => output.entryPoint).inputs;
  const raw = new Map(Object.entries(inputs).map(([file, input]) => [file, input.bytesInOutput]));
  const chunks = bytesBySource(bundle);
  const rank = (keyOf) => {
    const text = new Map();
    for (const [file, chunk] of chunks) {
      const key = keyOf(file);
      text.set(key, (text.get(key) ?? "") + chunk);
    }
    const alone = [...text].map(([key, t]) => [key, gzipSync(t).length]);
    const sum = alone.reduce((total, [, size]) => total + size, 0);
    return alone
      .map(([key, size]) => {
        const files = [...raw.keys()].filter((file) => keyOf(file) === key);
        const bytes = files.length
          ? files.reduce((t, f) => t + raw.get(f), 0)
          : text.get(key).length;
        return { key, raw: bytes / 1024, gzip: (gzipKiB * size) / sum };
      })
      .sort((a, b) => b.gzip - a.gzip);
  };
  const print = (title, rows) => {
    console.log(
      `\n${title}\n${"KiB gzip".padStart(9)} ${"share".padStart(6)} ${"KiB min".padStart(8)}  module`,
    );
    for (const row of rows) {
      console.log(
        `${row.gzip.toFixed(1).padStart(9)} ${`${((100 * row.gzip) / gzipKiB).toFixed(1)}%`.padStart(6)} ${row.raw.toFixed(1).padStart(8)}  ${row.key}`,
      );
    }
  };
  print("Groups (packages; our code by directory under src/):", rank(groupOf));
  print(`The ${top} largest modules:`, rank((file) => file).slice(0, top));
}
