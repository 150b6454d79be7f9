import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_COMPANY_UUID, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { clearCache, edgeWith, resetAll } from "../helpers";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import { indexCalls, type ListBody, renameVacancy } from "./fixtures";

// The suite runs with the hot tier off (vitest.config.ts), because its tests empty KV between
// cases; here it is on. The tier lives in isolate memory across the tests of this file, so each
// test reads its own list query and cannot be answered by a copy another test left.
const DETAIL = `/v1/lists/vacancies/${OPEN_VACANCY_UUID}`;

const hot = (seconds: number) => ({ HOT_CACHE_SECONDS: seconds });

async function titleOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as ListBody | { data: ListBody["data"][number] };
  const record = Array.isArray(body.data)
    ? body.data.find((r) => r.uuid === OPEN_VACANCY_UUID)
    : body.data;
  return record?.properties.title;
}

const rename = (title: string) => renameVacancy(OPEN_VACANCY_UUID, title);

beforeEach(resetAll);

describe("hot tier in front of KV", () => {
  it("answers a repeated read from isolate memory, with no KV read", async () => {
    const list = "/v1/lists/vacancies?limit=41";
    const first = await edgeWith(hot(30), list);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const body = await first.text();
    // KV loses the entry and Caraer changes: only a copy in memory can still answer the old page.
    await clearCache();
    await rename("Renamed while cached");
    const calls = await indexCalls();

    const second = await edgeWith(hot(30), list);
    expect(second.status).toBe(200);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(await second.text()).toBe(body);
    expect(await indexCalls()).toBe(calls);

    // Without the hot tier the same read finds KV empty and asks Caraer.
    const cold = await edgeWith(hot(0), list);
    expect(cold.headers.get("X-Cache")).toBe("MISS");
    expect(await titleOf(cold)).toBe("Renamed while cached");
    expect(await indexCalls()).toBe(calls + 1);
  });

  it("answers from memory for at most HOT_CACHE_SECONDS, then reads KV again", async () => {
    const list = "/v1/lists/vacancies?limit=42";
    expect((await edgeWith(hot(1), list)).headers.get("X-Cache")).toBe("MISS");
    await clearCache();
    await rename("Renamed within the window");
    const within = await edgeWith(hot(1), list);
    expect(within.headers.get("X-Cache")).toBe("HIT");
    expect(await titleOf(within)).toBe("Senior Frontend Developer");

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await edgeWith(hot(1), list);
    expect(after.headers.get("X-Cache")).toBe("MISS");
    expect(await titleOf(after)).toBe("Renamed within the window");
  });

  it("honours a webhook's generation bump at once, however long the window", async () => {
    const list = "/v1/lists/vacancies?limit=43";
    expect(await titleOf(await edgeWith(hot(30), list))).toBe("Senior Frontend Developer");
    expect(await titleOf(await edgeWith(hot(30), DETAIL))).toBe("Senior Frontend Developer");
    expect((await edgeWith(hot(30), DETAIL)).headers.get("X-Cache")).toBe("HIT");
    await rename("Renamed with a webhook");
    const hook = await edgeWith(hot(30), "/v1/hooks/caraer", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${TEST_WEBHOOK_SECRET}`,
      },
      body: JSON.stringify({
        event: { type: "Updated", timestamp: 1767225600000, correlationId: "c-hot" },
        record: { record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy", properties: {} } },
        companyUuid: DEMO_COMPANY_UUID,
      }),
    });
    expect(hook.status).toBe(200);

    const listAfter = await edgeWith(hot(30), list);
    expect(listAfter.headers.get("X-Cache")).toBe("MISS");
    expect(await titleOf(listAfter)).toBe("Renamed with a webhook");
    const detailAfter = await edgeWith(hot(30), DETAIL);
    expect(detailAfter.headers.get("X-Cache")).toBe("MISS");
    expect(await titleOf(detailAfter)).toBe("Renamed with a webhook");
  });
});
