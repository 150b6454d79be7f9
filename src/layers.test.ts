import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * Folders that must not import another (docs/architecture.md, "Modules"): the
 * form and delivery paths share upstream queries and the read context through
 * `src/upstream/` and `src/services/`, never through the public read layer.
 */
const FORBIDDEN: readonly (readonly [from: string, to: string])[] = [
  ["forms", "reads"],
  ["delivery", "reads"],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts"))
    .map((name) => join(SRC, folder, name));
}

/** The folder under `src/` each relative import of a file lands in. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map(
    (match) => relative(SRC, resolve(dirname(file), match[1] ?? "")).split(/[\\/]/)[0] ?? "",
  );
}

describe("module layers", () => {
  it.each(FORBIDDEN)("src/%s imports nothing from src/%s", (from, to) => {
    const offending = sourceFiles(from)
      .filter((file) => importedFolders(file).includes(to))
      .map((file) => relative(SRC, file));
    expect(offending).toEqual([]);
  });
});
