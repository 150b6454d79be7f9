import { afterAll, expect } from "vitest";
import { findLeaks, installHygiene, logLineProblems } from "./hygiene";

// Setup file of the edge project: every test file runs with the capture on,
// and fails if any response or console line carried a secret value, or a log
// line of the Worker is not the documented JSON (or holds a non-public value).
const state = installHygiene();
const start = state.captured.length;

afterAll(() => {
  const leaks = findLeaks(state.captured.slice(start), state.secrets.keys()).map(
    (leak) => `${state.secrets.get(leak.secret)} (${leak.form}) in ${leak.where}`,
  );
  expect(leaks, "secret values in responses or logs").toEqual([]);
});

afterAll(() => {
  expect(logLineProblems(state.captured.slice(start)), "log lines").toEqual([]);
});
