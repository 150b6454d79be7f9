// File helpers for the Node-side tests (the TypeScript test files have no Node typings).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../scripts/edge-dev.mjs";

/** Writes `content` to a new temporary file named `name` and returns its path. */
export function writeTemporaryFile(name, content) {
  const path = join(mkdtempSync(join(tmpdir(), "caraer-edge-")), name);
  writeFileSync(path, content);
  return path;
}

/** Reads a file of the repository. */
export function readRepositoryFile(path) {
  return readFileSync(join(ROOT, path), "utf8");
}
