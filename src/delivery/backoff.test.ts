import { describe, expect, it } from "vitest";
import { backoffSeconds, MAX_QUEUE_DELAY_SECONDS } from "./backoff";

const settings = { base: 2, max: 60 };

describe("backoffSeconds", () => {
  it("doubles from base per attempt, half fixed and half random (equal jitter)", () => {
    expect(
      [1, 2, 3, 4].map((attempt) => backoffSeconds(attempt, settings, undefined, () => 0)),
    ).toEqual([1, 2, 4, 8]);
    expect(
      [1, 2, 3, 4].map((attempt) => backoffSeconds(attempt, settings, undefined, () => 1)),
    ).toEqual([2, 4, 8, 16]);
  });

  it("caps the exponential at max, and treats attempt 0 like the first", () => {
    expect(backoffSeconds(20, settings, undefined, () => 1)).toBe(60);
    expect(backoffSeconds(0, settings, undefined, () => 1)).toBe(2);
  });

  it("never comes back sooner than Caraer's Retry-After, nor later than the queue allows", () => {
    expect(backoffSeconds(1, settings, 30, () => 0)).toBe(30);
    expect(backoffSeconds(1, settings, 1, () => 1)).toBe(2);
    expect(backoffSeconds(1, settings, 10 ** 9, () => 0)).toBe(MAX_QUEUE_DELAY_SECONDS);
  });
});
