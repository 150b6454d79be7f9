import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";

// The deployed Worker serves /openapi.json as a static asset that `npm run assets`
// writes (scripts/build-openapi.mjs); `npm test` runs that first. A route changed
// since then makes the asset stale: the deployed document would not describe the routes.
describe("public/openapi.json", () => {
  it("is exactly what the routes generate now", async () => {
    const fresh = await (await createApp().request("/openapi.json")).text();
    expect(readFileSync("public/openapi.json", "utf8") === fresh, "run `npm run assets`").toBe(
      true,
    );
  });
});
