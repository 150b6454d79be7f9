import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_COMPANY_UUID, OPEN_VACANCY_UUID } from "../../emulator/src/demo";
import { caraerApi, edgeSettled, resetAll } from "../helpers";
import { TEST_WEBHOOK_SECRET } from "../secrets";
import type { ErrorBody, ListBody } from "./fixtures";

const LIST = "/v1/lists/vacancies?limit=50";
const DETAIL = `/v1/lists/vacancies/${OPEN_VACANCY_UUID}`;

function event(overrides: Record<string, unknown> = {}) {
  return {
    event: { type: "Updated", timestamp: 1767225600000, correlationId: "c-1" },
    record: {
      record: { uuid: OPEN_VACANCY_UUID, objectName: "vacancy", properties: { title: "x" } },
    },
    companyUuid: DEMO_COMPANY_UUID,
    ...overrides,
  };
}

function hook(
  body: unknown,
  auth: { bearer?: string; query?: string } = { bearer: TEST_WEBHOOK_SECRET },
) {
  const query = auth.query === undefined ? "" : `?secret=${encodeURIComponent(auth.query)}`;
  return edgeSettled(`/v1/hooks/caraer${query}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(auth.bearer ? { Authorization: `Bearer ${auth.bearer}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function titleIn(path: string): Promise<unknown> {
  const body = (await (await edgeSettled(path)).json()) as
    | ListBody
    | { data: ListBody["data"][number] };
  const record = Array.isArray(body.data)
    ? body.data.find((r) => r.uuid === OPEN_VACANCY_UUID)
    : body.data;
  return record?.properties.title;
}

beforeEach(async () => {
  await resetAll();
  // Warm the caches with the original title, then change it in Caraer.
  expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
  expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  const update = await caraerApi(`/records/vacancy/${OPEN_VACANCY_UUID}`, {
    method: "PUT",
    body: JSON.stringify({ properties: { title: "Lead Frontend Developer" } }),
  });
  expect(update.status).toBe(200);
});
afterEach(() => vi.restoreAllMocks());

describe("POST /v1/hooks/caraer", () => {
  it("invalidates the object's lists and the record's detail and previews", async () => {
    expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
    const response = await hook(event());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { invalidated: Record<string, unknown> } };
    expect(body.data.invalidated).toEqual({
      object: "vacancy",
      generation: expect.any(Number),
      deletedKeys: 3,
    });
    const list = await edgeSettled(LIST);
    expect(list.headers.get("X-Cache")).toBe("MISS");
    expect(
      ((await list.json()) as ListBody).data.find((r) => r.uuid === OPEN_VACANCY_UUID)?.properties
        .title,
    ).toBe("Lead Frontend Developer");
    expect(await titleIn(DETAIL)).toBe("Lead Frontend Developer");
  });

  it("accepts the secret as a query parameter", async () => {
    const response = await hook(event(), { query: TEST_WEBHOOK_SECRET });
    expect(response.status).toBe(200);
    expect(await titleIn(DETAIL)).toBe("Lead Frontend Developer");
  });

  it("answers 401 to a missing or wrong secret and changes nothing", async () => {
    for (const auth of [
      {},
      { bearer: "wrong-secret-value-123456" },
      { query: `${TEST_WEBHOOK_SECRET}x` },
    ]) {
      const response = await hook(event(), auth);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.code).toBe("UNAUTHORIZED");
    }
    expect(await titleIn(LIST)).toBe("Senior Frontend Developer");
    expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  });

  it("answers 400 to a payload that is not a record event, and ignores other companies", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const bad = await hook({ event: { type: "Updated" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.map((issue) => issue.field)).toEqual([
      "record",
    ]);
    const other = await hook(event({ companyUuid: "00000000-0000-4000-8000-000000000000" }));
    expect(await other.json()).toEqual({ data: { invalidated: null } });
    expect(await titleIn(DETAIL)).toBe("Senior Frontend Developer");
  });

  it("logs the event without any property value from the payload", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    await hook(
      event({
        record: {
          record: {
            uuid: OPEN_VACANCY_UUID,
            objectName: "vacancy",
            properties: { recruiter_email: "leak@internal.example" },
          },
        },
      }),
    );
    const logged = lines.find((line) => line.includes("webhook.invalidated"));
    expect(JSON.parse(logged ?? "{}")).toEqual({
      requestId: expect.any(String),
      eventType: "Updated",
      object: "vacancy",
      generation: expect.any(Number),
      deletedKeys: 3,
      level: "info",
      event: "webhook.invalidated",
    });
    expect(lines.join("\n")).not.toContain("leak@internal.example");
  });
});
