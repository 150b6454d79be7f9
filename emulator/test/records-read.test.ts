import { beforeEach, describe, expect, it } from "vitest";
import {
  ARCHIVED_VACANCY_UUID,
  INTERNAL_NOTES_MARKER,
  OPEN_VACANCY_SLUG,
  OPEN_VACANCY_UUID,
} from "../src/demo";
import {
  call,
  type Envelope,
  type ErrorBody,
  type FriendlyRecord,
  index,
  type LegacyProperty,
  type Page,
  type RecordOut,
  reset,
  uuids,
  V,
  Vs,
  where,
} from "./helpers";

const V1_RAW = {
  title: "Senior Frontend Developer",
  description:
    "Build the candidate-facing web apps of our recruiting platform with TypeScript and React.",
  location: "Amsterdam",
  department: "engineering",
  employment_type: "full_time",
  hours: 40,
  salary_range: "5000;6500",
  publish_date: Date.UTC(2026, 0, 12),
  remote: true,
  skills: ["typescript", "react"],
  tags: ["urgent", "tech"],
  slug: OPEN_VACANCY_SLUG,
  status_vacancy: "open",
  hiring_budget: 92000,
  recruiter_email: "sanne.visser@talent.demo-internal.example",
};

const V1_PARSED = {
  ...V1_RAW,
  department: "Engineering",
  employment_type: "Full-time",
  salary_range: "5000 - 6500",
  publish_date: "2026-01-12",
  remote: "Yes",
  skills: "TypeScript, React",
  tags: "Urgent, Tech",
  status_vacancy: "Open",
};

const ALL_ACTIVE = Vs(...Array.from({ length: 28 }, (_, i) => i + 1));

describe("GET /records/{uuid}", () => {
  beforeEach(() => reset());

  it("answers the LEGACY format by default: an array of {name,label,type,value}", async () => {
    const res = await call<Envelope<RecordOut>>("GET", `/api/v2/records/${OPEN_VACANCY_UUID}`);
    expect(res.status).toBe(200);
    const { properties, ...rest } = res.body.data;
    expect(rest).toEqual({
      uuid: OPEN_VACANCY_UUID,
      primary_object: "vacancy",
      morph_objects: [],
      createdAt: "2025-03-03T09:00:00.000Z",
      updatedAt: "2025-03-03T09:00:00.000Z",
    });
    const legacy = properties as LegacyProperty[];
    expect(legacy[0]).toEqual({
      name: "title",
      label: "Title",
      type: "string",
      value: "Senior Frontend Developer",
    });
    expect(Object.fromEntries(legacy.map((p) => [p.name, p.value]))).toEqual(V1_RAW);
  });

  it("answers USER_FRIENDLY as a name → value map, raw or parsed", async () => {
    const rawRes = await call<Envelope<FriendlyRecord>>(
      "GET",
      `/api/v2/records/${OPEN_VACANCY_UUID}?recordReturnFormat=USER_FRIENDLY`,
    );
    expect(rawRes.body.data.properties).toEqual(V1_RAW);
    const parsed = await call<Envelope<FriendlyRecord>>(
      "GET",
      `/api/v2/records/${OPEN_VACANCY_UUID}?recordReturnFormat=USER_FRIENDLY&parse=true`,
    );
    expect(parsed.body.data.properties).toEqual(V1_PARSED);
  });

  it("parses LEGACY values too, and renders empty values as null", async () => {
    const res = await call<Envelope<RecordOut>>("GET", `/api/v2/records/${V(20)}?parse=true`);
    const values = Object.fromEntries(
      (res.body.data.properties as LegacyProperty[]).map((p) => [p.name, p.value]),
    );
    expect(values).toMatchObject({
      location: null,
      hours: null,
      skills: null,
      remote: "Yes",
      publish_date: null,
    });
    const checkboxNo = await call<Envelope<FriendlyRecord>>(
      "GET",
      `/api/v2/records/${V(2)}?parse=true&recordReturnFormat=USER_FRIENDLY`,
    );
    expect(checkboxNo.body.data.properties.remote).toBe("No");
  });

  it("answers the object-scoped route and 404s the wrong object or an unknown record", async () => {
    expect((await call("GET", `/api/v2/records/vacancy/${OPEN_VACANCY_UUID}`)).status).toBe(200);
    const wrong = await call<ErrorBody>("GET", `/api/v2/records/candidate/${OPEN_VACANCY_UUID}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.errors[0]?.type).toBe("NOT_FOUND");
    expect((await call("GET", `/api/v2/records/${V(99)}`)).status).toBe(404);
    expect((await call("GET", `/api/v2/records/vacancy/${V(99)}`)).status).toBe(404);
  });

  it("returns archived records with deletedAt", async () => {
    const res = await call<Envelope<RecordOut>>("GET", `/api/v2/records/${ARCHIVED_VACANCY_UUID}`);
    expect(res.status).toBe(200);
    expect(res.body.data.deletedAt).toBe("2026-01-14T08:30:00.000Z");
  });

  it("never returns nonPublic values, whatever the format", async () => {
    for (const q of [
      "",
      "?parse=true",
      "?recordReturnFormat=USER_FRIENDLY",
      "?recordReturnFormat=USER_FRIENDLY&parse=true",
    ]) {
      const res = await call<Envelope<RecordOut>>(
        "GET",
        `/api/v2/records/${OPEN_VACANCY_UUID}${q}`,
      );
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(INTERNAL_NOTES_MARKER);
      expect(text).not.toContain("internal_notes");
    }
  });

  it("refuses unsupported return formats", async () => {
    const res = await call<ErrorBody>(
      "GET",
      `/api/v2/records/${OPEN_VACANCY_UUID}?recordReturnFormat=EXPANDED`,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.type).toBe("INVALID_VALUE");
  });
});

describe("POST /records/index basics", () => {
  beforeEach(() => reset());

  it("pages active records oldest first with the paginated envelope", async () => {
    const first = await index({ mainObject: "vacancy", page: 1, limit: 10 });
    expect(first.status).toBe(200);
    const { data, ...envelope } = first.body;
    expect(envelope).toEqual({
      message: "Records fetched",
      total: 28,
      page: 1,
      perPage: 10,
      lastPage: 3,
    });
    expect(data.map((r) => r.uuid)).toEqual(ALL_ACTIVE.slice(0, 10));
    const last = await index({ mainObject: "vacancy", page: 3, limit: 10 });
    expect(last.body.data.map((r) => r.uuid)).toEqual(ALL_ACTIVE.slice(20));
    const beyond = await index({ mainObject: "vacancy", page: 4, limit: 10 });
    expect(beyond.body).toMatchObject({ data: [], total: 28, page: 4, lastPage: 3 });
  });

  it("defaults to page 1 / limit 25 and caps limit at 250", async () => {
    const defaults = await index({ mainObject: "vacancy" });
    expect(defaults.body).toMatchObject({ total: 28, page: 1, perPage: 25, lastPage: 2 });
    expect(defaults.body.data).toHaveLength(25);
    const capped = await index({ mainObject: "vacancy", limit: 1000 });
    expect(capped.body).toMatchObject({ perPage: 250, lastPage: 1 });
    expect(capped.body.data).toHaveLength(28);
  });

  it("lists only archived records with archived=true", async () => {
    expect(await uuids({ mainObject: "vacancy" }, "?archived=true")).toEqual(Vs(29, 30, 31, 32));
    expect(await uuids({ mainObject: "vacancy" }, "?archived=false")).toEqual(ALL_ACTIVE);
  });

  it("refuses a missing or unknown mainObject and bad paging", async () => {
    for (const body of [
      {},
      { mainObject: "spaceship" },
      { mainObject: "vacancy", page: 0 },
      { mainObject: "vacancy", limit: -1 },
    ]) {
      const res = await index<ErrorBody>(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[0]?.type).toBe("VALIDATION");
    }
  });

  it("refuses a body that is not JSON", async () => {
    const res = await call<ErrorBody>("POST", "/api/v2/records/index", undefined, {
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
  });

  it("shows every readable property with show *, in schema order", async () => {
    const res = await index<Page<FriendlyRecord>>(
      {
        ...where([{ property: "uuid", operator: "equals_exactly", value: OPEN_VACANCY_UUID }]),
        show: [{ object: "vacancy", relation: null, property: "*" }],
      },
      "?recordReturnFormat=USER_FRIENDLY",
    );
    expect(res.body.data[0]?.properties).toEqual(V1_RAW);
  });

  it("shows only the listed properties, drops nonPublic ones and refuses unknown ones", async () => {
    const show = [
      { object: "vacancy", relation: null, property: "location" },
      { object: null, relation: null, property: "title" },
      { object: "vacancy", relation: null, property: "internal_notes" },
      { object: "vacancy", relation: null, property: "uuid" },
    ];
    const res = await index<Page<RecordOut>>({ mainObject: "vacancy", limit: 1, show });
    expect(res.body.data[0]?.properties).toEqual([
      { name: "location", label: "Location", type: "string", value: "Amsterdam" },
      { name: "title", label: "Title", type: "string", value: "Senior Frontend Developer" },
    ]);
    const unknown = await index<ErrorBody>({
      mainObject: "vacancy",
      show: [{ property: "salary" }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]?.type).toBe("VALIDATION");
    const related = await index<ErrorBody>({
      mainObject: "vacancy",
      show: [{ object: "candidate", relation: "applied_for", property: "firstname" }],
    });
    expect(related.status).toBe(400);
    expect(related.body.errors[0]?.message).toContain("not supported by the emulator");
  });
});
