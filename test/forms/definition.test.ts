import { beforeEach, describe, expect, it } from "vitest";
import {
  APPLICATION_FORM_UUID,
  EMPLOYMENT_TYPE_PROPERTY_UUID,
  OPEN_APPLICATION_FORM_UUID,
  OPEN_APPLICATION_REDIRECT_URL,
  SKILLS_PROPERTY_UUID,
} from "../../emulator/src/demo";
import { edge, edgeWith, emulatorRequests, resetAll } from "../helpers";

beforeEach(resetAll);

interface FieldBody {
  name: string;
  propertyUuid: string;
  type: string;
  step: number;
  hidden: boolean;
  required: boolean;
}

interface DefinitionBody {
  data: { form: { uuid: string; redirectUrl: string | null }; fields: FieldBody[] };
}

const formGets = () => emulatorRequests({ method: "GET", path: "/api/v2/forms/public/*/*" });

describe("GET /v1/forms/{formUuid}", () => {
  it("answers Caraer's form and its inputs as flat, render-ready fields in form order", async () => {
    const response = await edge(`/v1/forms/${APPLICATION_FORM_UUID}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as DefinitionBody;
    expect(body.data.form.uuid).toBe(APPLICATION_FORM_UUID);
    expect(body.data.fields.map((field) => [field.name, field.type, field.step])).toEqual([
      ["firstname", "string", 0],
      ["lastname", "string", 0],
      ["email", "string", 0],
      ["phone", "string", 0],
      ["date_of_birth", "date", 0],
      ["motivation", "string", 2],
      ["cv", "file", 2],
      ["linkedin", "string", 2],
      ["expected_salary", "number", 2],
      ["available_from", "date", 2],
      ["preferred_employment_type", "single-select", 2],
      ["skills", "multi-select", 2],
      ["remote", "checkbox", 2],
      ["profile_data", "structure", 2],
      ["gdpr_consent", "checkbox", 2],
      ["source", "single-select", 2],
    ]);
    const byName = new Map(body.data.fields.map((field) => [field.name, field]));
    expect(byName.get("email")).toEqual({
      name: "email",
      propertyUuid: "20000000-0000-4000-8000-000000000019",
      label: "Email address",
      type: "string",
      format: "email",
      required: true,
      options: [],
      placeholder: "jane@example.com",
      helpText: "We only use this address to contact you about your application.",
      hidden: false,
      defaultValue: null,
      step: 0,
      multiple: false,
      min: null,
      max: null,
      styling: null,
    });
    expect(byName.get("motivation")).toMatchObject({ label: "Why this job?", required: false });
    expect(byName.get("expected_salary")).toMatchObject({ min: 0, max: 20000, format: "currency" });
    expect(byName.get("preferred_employment_type")).toMatchObject({
      styling: "boxes",
      options: [
        { name: "full_time", label: "Full-time", icon: null, color: null },
        { name: "part_time", label: "Part-time", icon: null, color: null },
        { name: "freelance", label: "Freelance", icon: null, color: null },
        { name: "internship", label: "Internship", icon: null, color: null },
      ],
    });
    expect(byName.get("skills")).toMatchObject({ multiple: true, styling: "dropdown" });
    expect(byName.get("gdpr_consent")).toMatchObject({
      label: "I agree to the privacy statement",
      required: true,
    });
    // A hidden cell is never required: the edge fills it with its default.
    expect(byName.get("source")).toMatchObject({
      hidden: true,
      required: false,
      defaultValue: "website",
    });
  });

  it("counts a property's `required` rule as required", async () => {
    const body = (await (
      await edge(`/v1/forms/${OPEN_APPLICATION_FORM_UUID}`)
    ).json()) as DefinitionBody;
    expect(body.data.form.redirectUrl).toBe(OPEN_APPLICATION_REDIRECT_URL);
    const lastname = body.data.fields.find((field) => field.name === "lastname");
    expect(lastname?.required).toBe(true);
  });

  it("is cached in KV: MISS, then HIT without asking Caraer, with an ETag and 304", async () => {
    const first = await edge(`/v1/forms/${APPLICATION_FORM_UUID}`);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    expect(first.headers.get("Cache-Control")).toBe(
      "public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400",
    );
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const second = await edge(`/v1/forms/${APPLICATION_FORM_UUID}`);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(await second.text()).toBe(await first.text());
    const notModified = await edge(`/v1/forms/${APPLICATION_FORM_UUID}`, {
      headers: { "If-None-Match": etag ?? "" },
    });
    expect(notModified.status).toBe(304);
    expect(await formGets()).toHaveLength(1);
  });

  it("serves only listed forms: an unlisted form answers exactly like an unknown one", async () => {
    const onlyOpen = { FORMS: { [OPEN_APPLICATION_FORM_UUID]: {} } };
    const unlisted = await edgeWith(onlyOpen, `/v1/forms/${APPLICATION_FORM_UUID}`);
    const unknown = await edgeWith(onlyOpen, `/v1/forms/${crypto.randomUUID()}`);
    expect(unlisted.status).toBe(404);
    expect(unknown.status).toBe(404);
    const strip = async (response: Response) => {
      const body = (await response.json()) as { error: { requestId?: string } };
      delete body.error.requestId;
      return body;
    };
    expect(await strip(unlisted)).toEqual({
      error: { code: "NOT_FOUND", message: "No such form." },
    });
    expect(await strip(unknown)).toEqual(
      await strip(await edgeWith(onlyOpen, `/v1/forms/${APPLICATION_FORM_UUID}`)),
    );
    expect(await formGets()).toHaveLength(0);
  });

  it('serves every public form with "*", and 404s what Caraer does not know', async () => {
    const any = { FORMS: { "*": {} } };
    expect((await edgeWith(any, `/v1/forms/${APPLICATION_FORM_UUID}`)).status).toBe(200);
    const missing = await edgeWith(any, `/v1/forms/${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("never sends a malformed form UUID to Caraer", async () => {
    const response = await edgeWith({ FORMS: { "*": {} } }, "/v1/forms/not-a-uuid");
    expect([400, 404]).toContain(response.status);
    expect(await formGets()).toHaveLength(0);
  });
});

describe("the OpenAPI document", () => {
  it("documents every form route and the operator routes", async () => {
    const doc = (await (await edge("/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const forms = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/v1/forms") || path.startsWith("/v1/admin"))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method} ${path}`),
      );
    expect(forms.sort()).toEqual([
      "delete /v1/admin/dead-letters/{submissionId}",
      "get /v1/admin/config-check",
      "get /v1/admin/dead-letters",
      "get /v1/forms/{formUuid}",
      "get /v1/forms/{formUuid}/options/{propertyUuid}",
      "get /v1/forms/{formUuid}/submissions/{submissionId}",
      "get /v1/forms/{formUuid}/thank-you",
      "post /v1/admin/dead-letters/replay",
      "post /v1/admin/dead-letters/{submissionId}/replay",
      "post /v1/forms/{formUuid}/submissions",
      "post /v1/forms/{formUuid}/uploads",
    ]);
    const submit = doc.paths["/v1/forms/{formUuid}/submissions"]?.post as {
      requestBody: { content: Record<string, unknown> };
    };
    expect(Object.keys(submit.requestBody.content)).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]);
  });
});

describe("GET /v1/forms/{formUuid}/options/{propertyUuid}", () => {
  const optionsPath = (property: string, query = "") =>
    `/v1/forms/${APPLICATION_FORM_UUID}/options/${property}${query}`;

  it("proxies the options of a select input of the form, with search and paging", async () => {
    const response = await edge(optionsPath(SKILLS_PROPERTY_UUID, "?q=ja&limit=5"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: [{ name: "java", label: "Java", icon: null, color: null, disabled: false }],
      meta: { page: 1, limit: 5, total: 1, lastPage: 1 },
    });
    const [sent] = await emulatorRequests({
      method: "POST",
      path: "/api/v2/forms/public/*/*/options",
    });
    expect(sent?.path).toContain(`/${SKILLS_PROPERTY_UUID}/options`);
    expect(sent?.body).toEqual({ query: "ja", page: 1, limit: 5 });
    expect(sent?.auth).toBe("missing");
  });

  it("is cached briefly, per query", async () => {
    const first = await edge(optionsPath(SKILLS_PROPERTY_UUID, "?page=2&limit=5"));
    expect(first.headers.get("X-Cache")).toBe("MISS");
    expect(first.headers.get("Cache-Control")).toBe(
      "public, max-age=60, stale-while-revalidate=600, stale-if-error=600",
    );
    const body = (await first.json()) as { data: { name: string }[]; meta: unknown };
    expect(body.data.map((option) => option.name)).toEqual([
      "python",
      "sql",
      "kubernetes",
      "aws",
      "figma",
    ]);
    expect(body.meta).toEqual({ page: 2, limit: 5, total: 18, lastPage: 4 });
    const second = await edge(optionsPath(SKILLS_PROPERTY_UUID, "?limit=5&page=2"));
    expect(second.headers.get("X-Cache")).toBe("HIT");
    expect(
      await emulatorRequests({ method: "POST", path: "/api/v2/forms/public/*/*/options" }),
    ).toHaveLength(1);
  });

  it("answers 404 for properties that are not selectable, visible inputs of this form", async () => {
    const fields = (
      (await (await edge(`/v1/forms/${APPLICATION_FORM_UUID}`)).json()) as DefinitionBody
    ).data.fields;
    const uuidOf = (name: string) =>
      fields.find((field) => field.name === name)?.propertyUuid ?? "";
    for (const property of [
      EMPLOYMENT_TYPE_PROPERTY_UUID, // a vacancy property, not in this form
      uuidOf("firstname"), // an input, but not selectable
      uuidOf("source"), // selectable, but hidden
      crypto.randomUUID(),
    ]) {
      const response = await edge(optionsPath(property));
      expect(response.status).toBe(404);
    }
    expect(
      await emulatorRequests({ method: "POST", path: "/api/v2/forms/public/*/*/options" }),
    ).toHaveLength(0);
  });

  it("refuses a malformed paging query with 400", async () => {
    const response = await edge(optionsPath(SKILLS_PROPERTY_UUID, "?limit=1000"));
    expect(response.status).toBe(400);
  });
});
