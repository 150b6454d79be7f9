import { beforeEach, describe, expect, it } from "vitest";
import { call, reset } from "./helpers";

describe("smoke", () => {
  beforeEach(() => reset());
  it("lists vacancies", async () => {
    const res = await call("POST", "/api/v2/records/index", { mainObject: "vacancy" });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(28);
  });
});
