import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_COMPANY_UUID, OPEN_VACANCY_SLUG, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { edgeWithEnv, resetAll } from "../helpers";
import { renameVacancy } from "../reads/fixtures";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import { texts } from "./html";

// The suite runs with the hot tier off (vitest.config.ts); the page memo lives in it. One env
// object per case keeps one parsed configuration across its requests, as a deployed isolate
// does; a budget of its own gives each case an empty tier (resetAll cannot empty isolate memory).
const hotEnvFor = (budget: number) =>
  ({ ...env, HOT_CACHE_SECONDS: 30, HOT_CACHE_BYTES: 8_000_000 + budget }) as Env;
const coldEnv = { ...env, HOT_CACHE_SECONDS: 0 } as Env;
const RENAMED = "Frontend Developer (renamed)";
const MEMO = "html;desc=memo";

beforeEach(resetAll);

async function bumpWithWebhook(workerEnv: Env): Promise<void> {
  const hook = await edgeWithEnv(workerEnv, "/v1/hooks/caraer", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${TEST_WEBHOOK_SECRET}` },
    body: JSON.stringify({
      event: { type: "Updated", timestamp: 1767225600000, correlationId: "c-memo" },
      record: { record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy", properties: {} } },
      companyUuid: DEMO_COMPANY_UUID,
    }),
  });
  expect(hook.status).toBe(200);
}

describe("rendered page memo", () => {
  it.each([
    ["list page", 1, "/jobs/vacancies?q=Frontend", ".caraer-job h3"],
    ["list fragment", 2, "/fragments/jobs/vacancies?q=Frontend", ".caraer-job h3"],
    ["vacancy page", 3, `/jobs/vacancies/${OPEN_VACANCY_SLUG}`, "h1"],
    ["vacancy fragment", 4, `/fragments/jobs/vacancies/${OPEN_VACANCY_SLUG}`, "h1"],
  ])(
    "answers a repeated %s from memory, and renders again after a webhook",
    async (_, budget, path, title) => {
      const hotEnv = hotEnvFor(budget);
      const first = await edgeWithEnv(hotEnv, path);
      expect(first.status).toBe(200);
      expect(first.headers.get("Server-Timing")).toBeNull();
      const html = await first.text();
      expect(await texts(html, title)).toEqual(["Senior Frontend Developer"]);

      const second = await edgeWithEnv(hotEnv, path);
      expect(second.status).toBe(200);
      expect(second.headers.get("Server-Timing")).toBe(MEMO);
      expect(second.headers.get("X-Cache")).toBe("HIT");
      expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
      expect(second.headers.get("Content-Security-Policy")).toBe(
        first.headers.get("Content-Security-Policy"),
      );
      expect(await second.text()).toBe(html);

      // A conditional request is still answered 304 from the memo's ETag.
      const etag = first.headers.get("ETag") ?? "";
      const conditional = await edgeWithEnv(hotEnv, path, { headers: { "If-None-Match": etag } });
      expect(conditional.status).toBe(304);

      await renameVacancy(OPEN_VACANCY_UUID, RENAMED);
      await bumpWithWebhook(hotEnv);
      const after = await edgeWithEnv(hotEnv, path);
      expect(after.status).toBe(200);
      expect(after.headers.get("Server-Timing")).toBeNull();
      expect(after.headers.get("ETag")).not.toBe(etag);
      expect(await texts(await after.text(), title)).toEqual([RENAMED]);
    },
  );

  it("is off with the hot tier (HOT_CACHE_SECONDS=0): every request renders", async () => {
    const path = "/jobs/vacancies?page=2";
    const first = await edgeWithEnv(coldEnv, path);
    const second = await edgeWithEnv(coldEnv, path);
    expect(second.status).toBe(200);
    expect(second.headers.get("Server-Timing")).toBeNull();
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
  });
});
