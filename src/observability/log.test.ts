import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "./log";

function lines(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
}

describe("createLogger", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one JSON object per line, led by event, level, requestId and route", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    createLogger({ requestId: "req-1", route: "GET /v1/lists/:list" }).info("webhook.invalidated", {
      object: "vacancy",
      generation: 2,
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(Object.keys(lines(log)[0] ?? {})).toEqual([
      "event",
      "level",
      "requestId",
      "route",
      "object",
      "generation",
    ]);
    expect(lines(log)).toEqual([
      {
        event: "webhook.invalidated",
        level: "info",
        requestId: "req-1",
        route: "GET /v1/lists/:list",
        object: "vacancy",
        generation: 2,
      },
    ]);
  });

  it("lets no field overwrite the four that lead the line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    createLogger({ requestId: null, route: "queue deliveries" }).warn("submission.try_failed", {
      event: "forged",
      level: "info",
      requestId: "forged",
      route: "forged",
    });
    expect(lines(warn)[0]).toMatchObject({
      event: "submission.try_failed",
      level: "warn",
      requestId: null,
      route: "queue deliveries",
    });
  });

  it("writes errors to console.error and scrubs every secret of 8 characters or more", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    createLogger({ requestId: "r", route: "GET /healthz" }, ["s3cret-token-value", "short"]).error(
      "request.unhandled",
      { errorMessage: "header was Bearer s3cret-token-value, short" },
    );
    expect(lines(error)[0]?.errorMessage).toBe("header was Bearer [redacted], short");
  });
});
