import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { KASAR_DEMO_TOKEN, kasarVacancyId } from "../../emulator/kasar/src/demo";
import { findLeaks, hygieneState } from "../hardening/hygiene";
import { edgeWith } from "../helpers";
import { kasarFault, resetKasar } from "./helpers";

const state = hygieneState();
let start = 0;

const call = (path: string, overrides: Record<string, unknown> = {}) =>
  edgeWith(overrides, path, { headers: { "CF-Connecting-IP": "10.250.0.2" } });

/** Sends the reads that reach Kasar and reads every answer, so each is captured in full. */
async function reads(overrides: Record<string, unknown> = {}): Promise<number[]> {
  const responses = await Promise.all(
    [
      "/v1/lists/vacancies?page=2",
      `/v1/lists/vacancies/${kasarVacancyId(1)}`,
      "/jobs/vacancies/platform-engineer-remote",
    ].map((path) => call(path, overrides)),
  );
  await Promise.all(responses.map((response) => response.text()));
  return responses.map((response) => response.status);
}

describe("secret hygiene on Kasar", () => {
  beforeAll(async () => {
    await resetKasar();
    start = state.captured.length;
  });

  it("runs with the Kasar token as a secret the capture looks for", () => {
    expect((env as unknown as Record<string, unknown>).KASAR_API_TOKEN).toBe(KASAR_DEMO_TOKEN);
    expect(state.secrets.get(KASAR_DEMO_TOKEN)).toBe("KASAR_API_TOKEN");
  });

  it("keeps the token out of answers and logs when Kasar fails and echoes it back", async () => {
    const echo = { error: true, code: "UNAUTHORIZED", message: `Bad token ${KASAR_DEMO_TOKEN}` };
    for (const status of [401, 403, 429, 500]) {
      // Once with nothing cached (the schema call fails), once with the schema cached (the searches fail).
      for (const warm of [false, true]) {
        await resetKasar();
        if (warm) await (await call("/v1/lists/vacancies?limit=1")).text();
        for (const path of ["/api/v1/records/**", "/api/v1/schema/**"]) {
          await kasarFault({ path, status, body: { ...echo, token: KASAR_DEMO_TOKEN } });
        }
        const statuses = await reads();
        // Each read had to ask Kasar and failed as a 5xx of the edge.
        expect(
          statuses.every((code) => code === 502 || code === 503),
          `${status} ${warm} ${statuses}`,
        ).toBe(true);
      }
    }
  });

  it("keeps the token out when Kasar is unreachable, and out of a broken configuration's answer", async () => {
    await resetKasar();
    expect(await reads({ KASAR_API_BASE: "http://127.0.0.1:9" })).toEqual([503, 503, 503]);
    const broken = await call("/healthz", { KASAR_API_BASE: `ftp://${KASAR_DEMO_TOKEN}` });
    expect(broken.status).toBe(500);
    await broken.text();
  });

  it("found the token in no response or log line of this file", () => {
    const captured = state.captured.slice(start);
    expect(captured.filter((item) => item.where.startsWith("console.")).length).toBeGreaterThan(5);
    expect(captured.filter((item) => item.where.includes(" → ")).length).toBeGreaterThan(12);
    expect(findLeaks(captured, [KASAR_DEMO_TOKEN]).map((l) => `${l.form} in ${l.where}`)).toEqual(
      [],
    );
  });
});
