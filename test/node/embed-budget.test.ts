import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// `npm run assets` (run before the tests by `npm test`) builds the script and
// fails over budget; this states the budget where the tests are read.
describe("the embed script", () => {
  it("is at most 12 KiB gzipped, and /embed.js imports the hashed copy", () => {
    const stable = readFileSync("public/embed.js", "utf8");
    const hashed = /^import "\.\/assets\/(embed\.[0-9a-f]{12}\.js)";\n$/.exec(stable)?.[1];
    expect(hashed).toBeDefined();
    const code = readFileSync(`public/assets/${hashed}`);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024);
    const headers = readFileSync("public/_headers", "utf8");
    expect(headers).toContain(
      "/embed.js\n  Cache-Control: public, max-age=300\n  Access-Control-Allow-Origin: *",
    );
  });
});
