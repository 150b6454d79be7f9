import { beforeAll, describe, expect, it } from "vitest";
import * as demo from "../src/demo";
import { call, type Envelope, type FriendlyRecord, raw, rawAll, reset, uuids } from "./helpers";

const friendly = async (uuid: string) =>
  (
    await call<Envelope<FriendlyRecord>>(
      "GET",
      `/api/v2/records/${uuid}?recordReturnFormat=USER_FRIENDLY`,
    )
  ).body.data;

describe("demo.ts constants match the seed", () => {
  beforeAll(() => reset());

  it("names vacancies in the states their names promise", async () => {
    expect(await friendly(demo.OPEN_VACANCY_UUID)).toMatchObject({
      properties: { status_vacancy: "open", slug: demo.OPEN_VACANCY_SLUG },
    });
    expect(await friendly(demo.DRAFT_VACANCY_UUID)).toMatchObject({
      properties: { status_vacancy: "draft", slug: demo.UNPUBLISHED_PAGE_SLUG },
    });
    expect((await friendly(demo.CLOSED_VACANCY_UUID)).properties.status_vacancy).toBe("closed");
    const archived = await friendly(demo.ARCHIVED_VACANCY_UUID);
    expect(archived.deletedAt).toEqual(expect.any(String));
    expect(archived.properties.status_vacancy).toBe("open");
  });

  it("counts the vacancies", async () => {
    expect(await rawAll("vacancy")).toHaveLength(demo.VACANCY_COUNTS.total);
    expect(await uuids({ mainObject: "vacancy" })).toHaveLength(demo.VACANCY_COUNTS.active);
    expect(await uuids({ mainObject: "vacancy" }, "?archived=true")).toHaveLength(
      demo.VACANCY_COUNTS.archived,
    );
    const open = {
      groups: [{ items: [{ property: "status_vacancy", operator: "any", value: "open" }] }],
    };
    expect(await uuids({ mainObject: "vacancy", filter: open })).toHaveLength(
      demo.VACANCY_COUNTS.openActive,
    );
  });

  it("names Jane Doe and the shared properties", async () => {
    expect((await raw(demo.JANE_DOE_UUID)).values.email).toBe(demo.JANE_DOE_EMAIL);
    const props = await call<{ data: { uuid: string; name: string; webpagePublic: boolean }[] }>(
      "POST",
      `/api/v2/objects/${demo.VACANCY_OBJECT_UUID}/properties/index`,
      { limit: 50 },
    );
    const uuidOf = (name: string) => props.body.data.find((p) => p.name === name)?.uuid;
    expect(uuidOf("skills")).toBe(demo.SKILLS_PROPERTY_UUID);
    expect(uuidOf("employment_type")).toBe(demo.EMPLOYMENT_TYPE_PROPERTY_UUID);
    expect(uuidOf("internal_notes")).toBe(demo.INTERNAL_NOTES_PROPERTY_UUID);
    expect(props.body.data.filter((p) => p.webpagePublic).map((p) => p.name)).toEqual([
      ...demo.PUBLIC_VACANCY_PROPERTIES,
    ]);
    expect(props.body.data.filter((p) => !p.webpagePublic).map((p) => p.name)).toEqual([
      ...demo.PRIVATE_VACANCY_PROPERTIES,
    ]);
  });

  it("marks every private seeded value with a greppable marker", async () => {
    for (const record of await rawAll("vacancy")) {
      const { internal_notes: notes, recruiter_email: email } = record.values;
      if (notes !== undefined)
        expect(String(notes).startsWith(demo.INTERNAL_NOTES_MARKER)).toBe(true);
      if (email !== undefined)
        expect(String(email).endsWith(`@${demo.RECRUITER_EMAIL_DOMAIN}`)).toBe(true);
    }
  });

  it("names both forms and both previews", async () => {
    const forms = await call<{ data: { uuid: string; redirectUrl: string | null } }>(
      "GET",
      `/api/v2/forms/public/${demo.DEMO_COMPANY_UUID}/${demo.OPEN_APPLICATION_FORM_UUID}`,
      undefined,
      { auth: false },
    );
    expect(forms.body.data.redirectUrl).toBe(demo.OPEN_APPLICATION_REDIRECT_URL);
    for (const name of demo.VACANCY_PREVIEWS) {
      expect(
        (await call("GET", `/api/v2/records/${demo.OPEN_VACANCY_UUID}/previews/${name}`)).status,
      ).toBe(200);
    }
  });
});
