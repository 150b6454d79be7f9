import { beforeEach, describe, expect, it } from "vitest";
import { api, reset } from "./helpers";

interface ObjectOut {
  name: string;
  label: string;
  associations: string[];
  fields: { name: string; type: string; required: boolean; unique: boolean }[];
}

beforeEach(() => reset());

describe("GET /schema and /schema/{object}", () => {
  it("lists every object with its fields", async () => {
    const res = await api<{ data: ObjectOut[] }>("GET", "/schema");
    expect(res.status).toBe(200);
    expect(res.body.data.map((o) => [o.name, o.associations])).toEqual([
      ["vacancies", ["candidates"]],
      ["candidates", ["vacancies"]],
    ]);
  });

  it("describes one object's fields: type, flags, options, defaults", async () => {
    const res = await api<{ data: ObjectOut }>("GET", "/schema/candidates");
    expect(res.status).toBe(200);
    const fields = res.body.data.fields;
    expect(fields.map((f) => f.name)).toEqual([
      "first_name",
      "last_name",
      "email",
      "phone",
      "linkedin_url",
      "cv",
      "motivation",
      "source",
      "consent",
      "internal_rating",
      "internal_notes",
      "created_at",
      "updated_at",
    ]);
    expect(fields.find((f) => f.name === "email")).toEqual({
      name: "email",
      label: "Email",
      type: "email",
      required: true,
      unique: true,
      read_only: false,
      description: null,
    });
    expect(fields.find((f) => f.name === "source")).toEqual({
      name: "source",
      label: "Source",
      type: "select",
      required: false,
      unique: false,
      read_only: false,
      description: null,
      default: "website",
      options: [
        { value: "website", label: "Website" },
        { value: "referral", label: "Referral" },
        { value: "agency", label: "Agency" },
      ],
    });
    const unknown = await api("GET", "/schema/jobs");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      error: true,
      code: "INVALID_OBJECT",
      message: "Object 'jobs' does not exist",
    });
  });
});
