import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kasarFieldUuid } from "../../../src/upstream/kasar/form";
import { edge } from "../../helpers";
import { kasarRequests, resetKasar } from "../helpers";
import { FORM } from "./support";

const FIELDS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "cv",
  "motivation",
  "source",
  "consent",
];
const uuids = new Map<string, string>();

beforeAll(async () => {
  for (const name of FIELDS) uuids.set(name, await kasarFieldUuid("candidates", name));
});
beforeEach(() => resetKasar());

/** A render-ready field as the forms core answers it, with the Kasar-derived parts given. */
function field(name: string, label: string, type: string, rest: Record<string, unknown> = {}) {
  return {
    name,
    propertyUuid: uuids.get(name),
    label,
    type,
    format: null,
    required: false,
    options: [],
    placeholder: null,
    helpText: null,
    hidden: false,
    defaultValue: null,
    step: 0,
    multiple: false,
    min: null,
    max: null,
    styling: null,
    ...rest,
  };
}

const option = (name: string, label: string) => ({ name, label, icon: null, color: null });

describe("GET /v1/forms/{uuid} on Kasar", () => {
  it("answers the render-ready definition built from FORMS and Kasar's schema, asking Kasar once", async () => {
    const response = await edge(`/v1/forms/${FORM}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: {
        form: Record<string, unknown> & { grids: { grid: unknown[][] }[] };
        fields: unknown[];
      };
    };
    expect(data.fields).toEqual([
      field("first_name", "First name", "string", { format: "single-line", required: true }),
      field("last_name", "Last name", "string", { format: "single-line", required: true }),
      field("email", "Email", "string", {
        format: "email",
        required: true,
        helpText: "We only use it to reply to your application.",
      }),
      field("phone", "Phone", "string", { format: "phone", placeholder: "+31 6 12345678" }),
      field("cv", "Your CV", "file", { required: true, multiple: true }),
      field("motivation", "Why this job?", "string", { format: "multi-line" }),
      field("source", "Source", "single-select", {
        options: [
          option("website", "Website"),
          option("referral", "Referral"),
          option("agency", "Agency"),
        ],
      }),
      field("consent", "I agree to the privacy statement", "checkbox", { required: true }),
    ]);
    const { grids, ...form } = data.form;
    expect(form).toEqual({
      uuid: FORM,
      name: "Apply for this job",
      label: "Apply for this job",
      object: { name: "candidates" },
      thankYouMessage: "Thank you, we will be in touch.",
      redirectUrl: null,
    });
    expect(grids).toHaveLength(1);
    expect(grids[0]?.grid[2]).toEqual([
      {
        property: {
          uuid: uuids.get("email"),
          name: "email",
          label: "Email",
          type: "string",
          format: "email",
          rules: ["required"],
          options: [],
          hidden: false,
          immutable: false,
          nonPublic: false,
          webpagePublic: false,
        },
        settings: {
          label: "Email",
          isRequired: true,
          helpText: "We only use it to reply to your application.",
          placeholder: null,
        },
      },
    ]);
    // The private fields of the object (internal_rating, internal_notes) are no inputs.
    expect(JSON.stringify(data)).not.toContain("internal_");
    expect((await edge(`/v1/forms/${FORM}`)).status).toBe(200);
    expect(
      (await kasarRequests({ method: "GET", path: "/api/v1/schema/**" })).map((r) => r.path),
    ).toEqual(["/api/v1/schema/candidates"]);
  });

  it("answers 404 for a UUID that is not in FORMS, asking Kasar nothing", async () => {
    const response = await edge("/v1/forms/6b000000-0000-4000-8000-0000000000ff");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    expect(await kasarRequests()).toEqual([]);
  });

  it("names fields by stable name-based UUIDs", () => {
    expect(uuids.get("email")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(new Set(uuids.values()).size).toBe(FIELDS.length);
  });

  it("answers 404 on the options route: Kasar lists every option inline", async () => {
    const response = await edge(`/v1/forms/${FORM}/options/${uuids.get("source")}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });
});
