import { beforeEach, describe, expect, it } from "vitest";
import { SKILLS_PROPERTY_UUID, VACANCY_OBJECT_UUID } from "../src/demo";
import { call, type ErrorBody, type Page, reset } from "./helpers";

interface Dto {
  uuid: string;
  name: string;
  nonPublic: boolean;
  webpagePublic: boolean;
  immutable: boolean;
}

const list = (object: string, body: unknown = { page: 1, limit: 100 }) =>
  call<Page<Dto>>("POST", `/api/v2/objects/${object}/properties/index`, body);

describe("POST /objects/{object}/properties/index", () => {
  beforeEach(() => reset());

  it("lists the vacancy schema in display order with its flags", async () => {
    const res = await list("vacancy");
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(16);
    expect(res.body.data.map((p) => p.name)).toEqual([
      "title",
      "description",
      "location",
      "department",
      "employment_type",
      "hours",
      "salary_range",
      "publish_date",
      "remote",
      "skills",
      "tags",
      "slug",
      "status_vacancy",
      "internal_notes",
      "hiring_budget",
      "recruiter_email",
    ]);
    expect(res.body.data.filter((p) => !p.webpagePublic).map((p) => p.name)).toEqual([
      "status_vacancy",
      "internal_notes",
      "hiring_budget",
      "recruiter_email",
    ]);
    expect(res.body.data.filter((p) => p.nonPublic).map((p) => p.name)).toEqual(["internal_notes"]);
  });

  it("renders a PropertyDTO with format as an object and per-object settings", async () => {
    const res = await list("vacancy");
    expect(res.body.data.find((p) => p.name === "employment_type")).toEqual({
      uuid: "20000000-0000-4000-8000-000000000005",
      name: "employment_type",
      label: "Employment type",
      type: "single-select",
      format: { name: "single-select" },
      rules: [],
      options: [
        { name: "full_time", label: "Full-time" },
        { name: "part_time", label: "Part-time" },
        { name: "freelance", label: "Freelance" },
        { name: "internship", label: "Internship" },
      ],
      hidden: false,
      immutable: false,
      nonPublic: false,
      webpagePublic: true,
      group: "Vacancy",
      description: null,
    });
    expect(res.body.data.find((p) => p.name === "slug")).toMatchObject({
      hidden: true,
      rules: ["unique"],
    });
  });

  it("accepts the object UUID and shares property definitions across objects", async () => {
    const byUuid = await list(VACANCY_OBJECT_UUID);
    expect(byUuid.body.total).toBe(16);
    const candidate = await list("candidate");
    const skillsOnVacancy = byUuid.body.data.find((p) => p.name === "skills");
    const skillsOnCandidate = candidate.body.data.find((p) => p.name === "skills");
    expect(skillsOnVacancy?.uuid).toBe(SKILLS_PROPERTY_UUID);
    expect(skillsOnCandidate?.uuid).toBe(SKILLS_PROPERTY_UUID);
    expect(candidate.body.data.find((p) => p.name === "remote")?.uuid).toBe(
      byUuid.body.data.find((p) => p.name === "remote")?.uuid,
    );
    expect(candidate.body.data.filter((p) => p.immutable).map((p) => p.name)).toEqual([
      "candidate_score",
      "vacancy_title",
    ]);
  });

  it("paginates (default limit 25)", async () => {
    const first = await list("candidate", {});
    expect(first.body).toMatchObject({ total: 26, page: 1, perPage: 25, lastPage: 2 });
    expect(first.body.data).toHaveLength(25);
    const second = await list("candidate", { page: 2 });
    expect(second.body.data.map((p) => p.name)).toEqual(["resume_file"]);
  });

  it("answers 404 for an unknown object", async () => {
    const res = await list("spaceship");
    expect(res.status).toBe(404);
    expect((res.body as unknown as ErrorBody).errors[0]?.type).toBe("NOT_FOUND");
  });
});
