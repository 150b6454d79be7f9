import { beforeEach, describe, expect, it } from "vitest";
import {
  ARCHIVED_VACANCY_UUID,
  CLOSED_VACANCY_UUID,
  DRAFT_VACANCY_UUID,
  INTERNAL_NOTES_MARKER,
  JANE_DOE_UUID,
  OPEN_VACANCY_UUID,
  RECRUITER_EMAIL_DOMAIN,
} from "../../emulator/src/demo";
import { edge, emulatorRequests, resetAll } from "../helpers";
import type { ErrorBody } from "./fixtures";

beforeEach(resetAll);

describe("GET /v1/lists/{list}/{uuid}", () => {
  it("serves an open vacancy with its public properties only", async () => {
    const response = await edge(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        uuid: OPEN_VACANCY_UUID,
        updatedAt: "2025-03-03T09:00:00.000Z",
        properties: {
          department: "engineering",
          description:
            "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
          employment_type: "full_time",
          hours: 40,
          location: "Amsterdam",
          publish_date: Date.UTC(2026, 0, 12),
          remote: true,
          salary_range: "5000;6500",
          skills: ["typescript", "react"],
          slug: "senior-frontend-developer-amsterdam",
          tags: ["urgent", "tech"],
          title: "Senior Frontend Developer",
        },
      },
    });
  });

  it("scopes the lookup to the list's base filter in Caraer itself", async () => {
    await edge(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}`);
    const [sent] = await emulatorRequests({ method: "POST", path: "/api/v2/records/index" });
    expect((sent?.body as { filter?: unknown } | undefined)?.filter).toEqual({
      groups: [
        {
          items: [
            { property: "status_vacancy", operator: "any", value: ["open"] },
            {
              object: null,
              relation: null,
              property: "uuid",
              operator: "equals_exactly",
              value: OPEN_VACANCY_UUID,
            },
          ],
        },
      ],
    });
  });

  it("answers a draft, a closed, an archived vacancy and a candidate exactly like a missing record", async () => {
    const missing = "30000000-0000-4000-8000-000000009999";
    for (const uuid of [
      DRAFT_VACANCY_UUID,
      CLOSED_VACANCY_UUID,
      ARCHIVED_VACANCY_UUID,
      JANE_DOE_UUID,
      missing,
    ]) {
      const response = await edge(`/v1/lists/vacancies/${uuid}`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as ErrorBody;
      expect(body).toEqual({
        error: {
          code: "NOT_FOUND",
          message: "No such record.",
          requestId: response.headers.get("X-Request-Id"),
        },
      });
    }
  });

  it("refuses a malformed UUID before any lookup", async () => {
    const response = await edge("/v1/lists/vacancies/not-a-uuid");
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("INVALID_REQUEST");
    expect(body.error.issues?.map((issue) => issue.field)).toEqual(["uuid"]);
    expect(await emulatorRequests({ path: "/api/v2/records/**" })).toEqual([]);
  });
});

describe("GET /v1/lists/{list}/{uuid}/previews/{name}", () => {
  it("serves the card preview with text and button cells kept", async () => {
    const response = await edge(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}/previews/card`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { name: string; recordUuid: string; grid: Record<string, unknown>[][] };
    };
    expect(data.name).toBe("card");
    expect(data.recordUuid).toBe(OPEN_VACANCY_UUID);
    const cells = data.grid.flat();
    expect(
      cells.filter((cell) => cell.property).map((cell) => (cell.property as { name: string }).name),
    ).toEqual(["title", "location", "employment_type", "salary_range"]);
    expect(cells.filter((cell) => !cell.property).length).toBeGreaterThanOrEqual(2);
  });

  it("drops the detail preview's cells bound to non-public properties", async () => {
    const response = await edge(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}/previews/detail`);
    const text = await response.text();
    expect(response.status).toBe(200);
    const { data } = JSON.parse(text) as { data: { grid: Record<string, unknown>[][] } };
    expect(
      data.grid.flat().map((cell) => (cell.property as { name: string } | undefined)?.name),
    ).toEqual(["title", "description", "department", "hours", "salary_range", "publish_date"]);
    for (const secret of [
      "hiring_budget",
      "recruiter_email",
      RECRUITER_EMAIL_DOMAIN,
      INTERNAL_NOTES_MARKER,
      "92000",
    ]) {
      expect(text).not.toContain(secret);
    }
    // Caraer did send the private cells: the projection removed them.
    const upstream = await emulatorRequests({
      method: "GET",
      path: "/api/v2/records/*/previews/detail",
    });
    expect(upstream).toHaveLength(1);
  });

  it("answers 404 for a preview the list does not serve, without asking Caraer", async () => {
    const response = await edge(`/v1/lists/vacancies/${OPEN_VACANCY_UUID}/previews/internal`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).error.message).toBe("No such preview.");
    expect(await emulatorRequests({ path: "/api/v2/**" })).toEqual([]);
  });

  it("answers 404 for a record outside the list, without rendering its preview", async () => {
    const response = await edge(`/v1/lists/vacancies/${DRAFT_VACANCY_UUID}/previews/detail`);
    expect(response.status).toBe(404);
    expect(await emulatorRequests({ method: "GET", path: "/api/v2/records/**" })).toEqual([]);
  });
});
