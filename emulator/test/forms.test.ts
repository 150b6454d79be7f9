import { beforeEach, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  CANDIDATE_OBJECT_UUID,
  DEMO_COMPANY_UUID,
  EMPLOYMENT_TYPE_PROPERTY_UUID,
  EVERY_TYPE_FORM_UUID,
  INTERNAL_NOTES_PROPERTY_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_APPLICATION_REDIRECT_URL,
  SKILLS_PROPERTY_UUID,
} from "../src/demo";
import {
  call,
  type Envelope,
  type ErrorBody,
  type Page,
  raw,
  rawAll,
  reset,
  send,
} from "./helpers";

interface Cell {
  property?: { uuid: string; name: string };
  text?: string;
  submitButton?: string;
  settings?: Record<string, unknown>;
  value?: unknown;
}
interface PublicForm {
  uuid: string;
  grids: { title: string; description: string | null; type: string; grid: Cell[][] }[];
  [key: string]: unknown;
}

const BASE = `/api/v2/forms/public/${DEMO_COMPANY_UUID}`;
const OTHER_COMPANY = "00000000-0000-4000-8000-00000000c0de";
const UNKNOWN_FORM = "50000000-0000-4000-8000-000000000099";

const getForm = async (uuid = APPLICATION_FORM_UUID) =>
  (await call<Envelope<PublicForm>>("GET", `${BASE}/${uuid}`, undefined, { auth: false })).body
    .data;

/** The fetched form with `value` set on the cells named in `values`. */
function fill(form: PublicForm, values: Record<string, unknown>): PublicForm {
  return {
    ...form,
    grids: form.grids.map((g) => ({
      ...g,
      grid: g.grid.map((row) =>
        row.map((cell) =>
          cell.property && cell.property.name in values
            ? { ...cell, value: values[cell.property.name] }
            : cell,
        ),
      ),
    })),
  };
}

const submit = (body: unknown, form = APPLICATION_FORM_UUID) =>
  call<Envelope<string>>("POST", `${BASE}/${form}/submit`, body, { auth: false });

async function upload(files: File[], form = APPLICATION_FORM_UUID, extra?: FormData) {
  const body = extra ?? new FormData();
  for (const file of files) body.append("files", file);
  const res = await send(`${BASE}/${form}/upload`, { method: "POST", body });
  return { status: res.status, body: (await res.json()) as Envelope<string[]> & ErrorBody };
}

const pdf = (name = "cv.pdf") => new File(["%PDF-1.4 demo"], name, { type: "application/pdf" });

async function validValues() {
  const { body } = await upload([pdf()]);
  return {
    firstname: "Ada",
    lastname: "Lovelace",
    email: "ada@example.com",
    phone: "+44 20 7946 0958",
    date_of_birth: String(Date.UTC(1990, 11, 10)),
    motivation: "I like engines.",
    cv: body.data[0],
    linkedin: "https://www.linkedin.com/in/ada",
    expected_salary: "5000",
    available_from: "2026-05-01",
    preferred_employment_type: "full_time",
    skills: "python;sql",
    remote: "true",
    profile_data: '{"github":"ada"}',
    gdpr_consent: "true",
  };
}

describe("GET /forms/public/{company}/{form}", () => {
  beforeEach(() => reset());

  it("answers the public application form", async () => {
    const form = await getForm();
    const { grids, ...meta } = form;
    expect(meta).toEqual({
      uuid: APPLICATION_FORM_UUID,
      name: "application",
      label: "Apply for this job",
      description: "Apply in two short steps. It takes about five minutes.",
      object: { uuid: CANDIDATE_OBJECT_UUID, name: "candidate", label: "Candidate" },
      styling: "standard",
      wizard: true,
      metadata: { campaign: "careers-2026", language: "en" },
      thankYouMessage: "Thank you for applying! We will get back to you within five working days.",
      redirectUrl: null,
    });
    expect(grids.map((g) => [g.title, g.type])).toEqual([
      ["Personal details", "step"],
      ["How we hire", "section"],
      ["Your application", "step"],
    ]);
    const names = grids.map((g) =>
      g.grid.map((row) =>
        row.map((c) => c.property?.name ?? (c.text ? "text" : `button:${c.submitButton}`)),
      ),
    );
    expect(names).toEqual([
      [["firstname", "lastname"], ["email"], ["phone", "date_of_birth"]],
      [["text"]],
      [
        ["motivation"],
        ["cv"],
        ["linkedin"],
        ["expected_salary", "available_from"],
        ["preferred_employment_type"],
        ["skills"],
        ["remote"],
        ["profile_data"],
        ["gdpr_consent"],
        ["source"],
        ["button:Send application"],
      ],
    ]);
    const cells = grids.flatMap((g) => g.grid.flat());
    expect(cells.find((c) => c.property?.name === "email")?.settings).toEqual({
      label: "Email address",
      defaultValue: null,
      isRequired: true,
      hidden: false,
      placeholder: "jane@example.com",
      helpText: "We only use this address to contact you about your application.",
      styling: null,
      rangeMin: null,
      rangeMax: null,
    });
    expect(cells.find((c) => c.property?.name === "source")?.settings).toMatchObject({
      hidden: true,
      defaultValue: "website",
    });
    expect(cells.find((c) => c.property?.name === "skills")?.property).toMatchObject({
      uuid: SKILLS_PROPERTY_UUID,
      type: "multi-select",
    });
  });

  it("answers the simpler open-application form with its redirect", async () => {
    const form = await getForm(OPEN_APPLICATION_FORM_UUID);
    expect(form).toMatchObject({
      wizard: false,
      redirectUrl: OPEN_APPLICATION_REDIRECT_URL,
      thankYouMessage: null,
    });
  });

  it("404s an unknown form or company; a sent company header overrides the path", async () => {
    const get = (path: string, headers?: Record<string, string>) =>
      call<ErrorBody>("GET", path, undefined, headers ? { auth: false, headers } : { auth: false });
    expect((await get(`${BASE}/${UNKNOWN_FORM}`)).status).toBe(404);
    const wrongCompany = `/api/v2/forms/public/${OTHER_COMPANY}/${APPLICATION_FORM_UUID}`;
    expect((await get(wrongCompany)).status).toBe(404);
    expect((await get(wrongCompany, { "x-caraer-company-uuid": DEMO_COMPANY_UUID })).status).toBe(
      200,
    );
    expect(
      (await get(`${BASE}/${APPLICATION_FORM_UUID}`, { "x-caraer-company-uuid": OTHER_COMPANY }))
        .status,
    ).toBe(404);
  });

  it("lists the company's forms", async () => {
    const res = await call<Envelope<{ uuid: string; name: string }[]>>(
      "GET",
      `${BASE}/index`,
      undefined,
      { auth: false },
    );
    expect(res.body.data.map((f) => [f.uuid, f.name])).toEqual([
      [APPLICATION_FORM_UUID, "application"],
      [OPEN_APPLICATION_FORM_UUID, "open_application"],
      [EVERY_TYPE_FORM_UUID, "every_type"],
    ]);
  });
});

describe("POST …/{form}/upload", () => {
  beforeEach(() => reset());

  it("stores every `files` part and answers their keys", async () => {
    const res = await upload([
      pdf(),
      new File(["hello"], "résumé 2026 (final).txt", { type: "text/plain" }),
    ]);
    expect(res.status).toBe(200);
    const prefix = `${DEMO_COMPANY_UUID}/files/forms/${APPLICATION_FORM_UUID}/`;
    expect(res.body.data).toEqual([
      expect.stringMatching(new RegExp(`^${prefix}[0-9a-f]{16}-cv\\.pdf$`)),
      expect.stringMatching(new RegExp(`^${prefix}[0-9a-f]{16}-resume-2026-final-\\.txt$`)),
    ]);
    const stored = await call<{ data: unknown[] }>("GET", "/__emulator/uploads", undefined, {
      auth: false,
    });
    expect(stored.body.data).toEqual([
      {
        key: res.body.data[0],
        name: "cv.pdf",
        size: 13,
        type: "application/pdf",
        formUuid: APPLICATION_FORM_UUID,
      },
      {
        key: res.body.data[1],
        name: "résumé 2026 (final).txt",
        size: 5,
        type: "text/plain",
        formUuid: APPLICATION_FORM_UUID,
      },
    ]);
  });

  it("draws keys from the seeded stream: same seed, same keys", async () => {
    await reset(5);
    const first = (await upload([pdf()])).body.data;
    await reset(5);
    expect((await upload([pdf()])).body.data).toEqual(first);
  });

  it("refuses a body without files and a non-multipart body", async () => {
    const onlyText = new FormData();
    onlyText.append("note", "no files here");
    const empty = await upload([], APPLICATION_FORM_UUID, onlyText);
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]?.type).toBe("VALIDATION");
    const json = await call<ErrorBody>(
      "POST",
      `${BASE}/${APPLICATION_FORM_UUID}/upload`,
      { files: [] },
      { auth: false },
    );
    expect(json.status).toBe(400);
  });

  it("404s an unknown form", async () => {
    expect((await upload([pdf()], UNKNOWN_FORM)).status).toBe(404);
  });
});

describe("POST …/{form}/submit", () => {
  beforeEach(() => reset());

  it("creates a candidate from a valid submission, hidden cells taking their default", async () => {
    const values = await validValues();
    const res = await submit(fill(await getForm(), values));
    expect(res.status).toBe(200);
    expect(res.body.message).toBe("Form submitted");
    const stored = await raw(res.body.data);
    expect(stored.object).toBe("candidate");
    expect(stored.values).toEqual({
      firstname: "Ada",
      lastname: "Lovelace",
      email: "ada@example.com",
      phone: "+44 20 7946 0958",
      date_of_birth: Date.UTC(1990, 11, 10),
      motivation: "I like engines.",
      cv: values.cv,
      linkedin: "https://www.linkedin.com/in/ada",
      expected_salary: 5000,
      available_from: Date.UTC(2026, 4, 1),
      preferred_employment_type: "full_time",
      skills: ["python", "sql"],
      remote: true,
      profile_data: '{"github":"ada"}',
      gdpr_consent: true,
      source: "website",
    });
  });

  it("lets a hidden cell's sent value win over its default", async () => {
    const res = await submit(
      fill(await getForm(), { ...(await validValues()), source: "linkedin" }),
    );
    expect((await raw(res.body.data)).values.source).toBe("linkedin");
  });

  it("reports every invalid value at once, naming the property, and creates nothing", async () => {
    const other = (await upload([pdf()], OPEN_APPLICATION_FORM_UUID)).body.data[0];
    const res = await submit(
      fill(await getForm(), {
        ...(await validValues()),
        email: "ada@",
        phone: "phone?",
        date_of_birth: "1990-02-30",
        motivation: 42,
        cv: other,
        linkedin: "not a url",
        expected_salary: "30000",
        available_from: "soon",
        preferred_employment_type: "ceo",
        skills: "python;cobol",
        remote: "maybe",
        profile_data: "{oops",
      }),
    );
    expect(res.status).toBe(400);
    const errors = (res.body as unknown as ErrorBody).errors;
    expect(errors.map((e) => [e.type, e.message.match(/'(\w+)'/)?.[1]])).toEqual([
      ["INVALID_EMAIL", "email"],
      ["INVALID_VALUE", "phone"],
      ["INVALID_DATE", "date_of_birth"],
      ["INVALID_VALUE", "motivation"],
      ["INVALID_VALUE", "cv"],
      ["INVALID_VALUE", "linkedin"],
      ["INVALID_VALUE", "expected_salary"],
      ["INVALID_DATE", "available_from"],
      ["INVALID_VALUE", "preferred_employment_type"],
      ["INVALID_VALUE", "skills"],
      ["INVALID_VALUE", "remote"],
      ["INVALID_VALUE", "profile_data"],
    ]);
    expect(errors[4]?.message).toContain("was not uploaded to this form");
    expect(errors[8]?.message).toBe(
      "Property 'preferred_employment_type' (Preferred employment type): 'ceo' is not an option",
    );
    expect(await rawAll("candidate")).toHaveLength(9);
  });

  it("refuses file keys that were never uploaded, and uploads of a refused type", async () => {
    const madeUp = `${DEMO_COMPANY_UUID}/files/forms/${APPLICATION_FORM_UUID}/0000000000000000-cv.pdf`;
    const never = await submit(fill(await getForm(), { ...(await validValues()), cv: madeUp }));
    expect((never.body as unknown as ErrorBody).errors.map((e) => e.type)).toEqual([
      "INVALID_VALUE",
    ]);
    const exe = (await upload([new File(["MZ"], "cv.exe")])).body.data[0];
    const refused = await submit(fill(await getForm(), { ...(await validValues()), cv: exe }));
    expect((refused.body as unknown as ErrorBody).errors.map((e) => e.type)).toEqual([
      "INVALID_FILE_TYPE",
    ]);
  });

  it("enforces required cells (isRequired or the required rule); a required checkbox must be ticked", async () => {
    const res = await submit(
      fill(await getForm(), { email: "x@example.com", gdpr_consent: "false", firstname: "  " }),
    );
    expect(res.status).toBe(400);
    const errors = (res.body as unknown as ErrorBody).errors;
    expect(errors.map((e) => [e.type, e.message])).toEqual([
      ["VALIDATION", "Property 'firstname' (First name) is required"],
      ["VALIDATION", "Property 'lastname' (Last name) is required"],
      ["VALIDATION", "Property 'cv' (CV) is required"],
      ["VALIDATION", "Property 'gdpr_consent' (Privacy consent) is required"],
    ]);
    const open = await submit(
      fill(await getForm(OPEN_APPLICATION_FORM_UUID), {
        firstname: "A",
        email: "a@example.com",
        motivation: "Hi",
        gdpr_consent: "true",
      }),
      OPEN_APPLICATION_FORM_UUID,
    );
    expect((open.body as unknown as ErrorBody).errors.map((e) => e.message)).toEqual([
      "Property 'lastname' (Last name) is required",
    ]);
  });

  it("creates a duplicate for a duplicate delivery (no dedupe, no unique check)", async () => {
    const body = fill(await getForm(), await validValues());
    const first = await submit(body);
    const second = await submit(body);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.data).not.toBe(first.body.data);
    expect(
      (await rawAll("candidate")).filter((r) => r.values.email === "ada@example.com"),
    ).toHaveLength(2);
  });

  it("refuses a body that is not a form", async () => {
    for (const body of [undefined, {}, { grids: "nope" }]) {
      const res = await submit(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("404s an unknown form or company", async () => {
    expect((await submit({ grids: [] }, UNKNOWN_FORM)).status).toBe(404);
    const res = await call(
      "POST",
      `/api/v2/forms/public/${OTHER_COMPANY}/${APPLICATION_FORM_UUID}/submit`,
      { grids: [] },
      { auth: false },
    );
    expect(res.status).toBe(404);
  });
});

describe("POST …/{property}/options", () => {
  beforeEach(() => reset());

  const options = (property: string, body?: unknown) =>
    call<Page<{ name: string }>>("POST", `${BASE}/${property}/options`, body, { auth: false });

  it("pages the options of a property", async () => {
    const res = await options(SKILLS_PROPERTY_UUID, { page: 1, limit: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 18, page: 1, perPage: 5, lastPage: 4 });
    expect(res.body.data.map((o) => o.name)).toEqual([
      "typescript",
      "react",
      "java",
      "spring",
      "neo4j",
    ]);
  });

  it("filters by name or label, case-insensitively, and renders icon/color/disabled", async () => {
    const res = await options(EMPLOYMENT_TYPE_PROPERTY_UUID, { query: "TIME" });
    expect(res.body.data).toEqual([
      { name: "full_time", label: "Full-time", icon: null, color: null, disabled: false },
      { name: "part_time", label: "Part-time", icon: null, color: null, disabled: false },
    ]);
    const department = await options("20000000-0000-4000-8000-000000000004", { query: "leg" });
    expect(department.body.data).toEqual([
      { name: "legal", label: "Legal", icon: "scale-balanced", color: null, disabled: true },
    ]);
    const all = await options(EMPLOYMENT_TYPE_PROPERTY_UUID);
    expect(all.body.total).toBe(4);
  });

  it("404s an unknown or nonPublic property", async () => {
    expect((await options("20000000-0000-4000-8000-000000000999", {})).status).toBe(404);
    expect((await options(INTERNAL_NOTES_PROPERTY_UUID, {})).status).toBe(404);
  });
});
