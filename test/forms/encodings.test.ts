import { beforeEach, describe, expect, it } from "vitest";
import { OPEN_APPLICATION_REDIRECT_URL } from "../../emulator/src/demo";
import { edge, edgeWith, emulatorRequests, resetAll } from "../helpers";
import {
  candidatesWithEmail,
  cellValues,
  dataOf,
  FORM,
  OPEN_FORM,
  pdf,
  SITE,
  submitCalls,
  uniqueEmail,
  upload,
  VACANCY,
} from "./support/forms";

beforeEach(resetAll);

const NAVIGATE = { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "cross-site", Origin: SITE };
const SCRIPT = { "Sec-Fetch-Mode": "cors", Origin: SITE, Accept: "application/json" };

function post(form: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return edge(`/v1/forms/${form}/submissions`, {
    method: "POST",
    body,
    headers,
    redirect: "manual",
  });
}

function urlencoded(fields: [string, string][]): URLSearchParams {
  return new URLSearchParams(fields);
}

describe("URL-encoded posts", () => {
  it("take property names as field names, repeated names as lists, and the relation as a field", async () => {
    const [cv] = await upload([pdf()]);
    const email = uniqueEmail();
    const response = await post(
      FORM,
      urlencoded([
        ["firstname", "Jane"],
        ["lastname", "Doe"],
        ["email", email],
        ["cv", cv?.key ?? ""],
        ["skills", "java"],
        ["skills", "react"],
        ["remote", "on"],
        ["gdpr_consent", "on"],
        ["phone", ""],
        ["relatedRecordUuid", VACANCY],
      ]),
      SCRIPT,
    );
    expect(response.status).toBe(201);
    expect((await dataOf(response)).status).toBe("delivered");
    const [record] = await candidatesWithEmail(email);
    expect(record?.values).toMatchObject({
      skills: ["java", "react"],
      remote: true,
      gdpr_consent: true,
    });
    expect(record?.relations).toEqual([
      expect.objectContaining({
        relation: "applied_for",
        direction: "outgoing",
        recordUuid: VACANCY,
      }),
    ]);
  });

  it("from a plain HTML form are answered with 303 to the built-in thank-you page", async () => {
    const [cv] = await upload([pdf()]);
    const response = await post(
      FORM,
      urlencoded([
        ["firstname", "Jane"],
        ["lastname", "Doe"],
        ["email", uniqueEmail()],
        ["cv", cv?.key ?? ""],
        ["gdpr_consent", "on"],
      ]),
      NAVIGATE,
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("Location") ?? "";
    expect(location).toBe(`/v1/forms/${FORM}/thank-you`);
    const page = await edge(location);
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await page.text();
    // A page of the careers site (SITE is set): its header, language and stylesheet.
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(html).toContain('<a class="caraer-brand" href="/">');
    expect(html).toContain("<h1>Apply for this job</h1>");
    expect(html).toContain(
      "<p>Thank you for applying! We will get back to you within five working days.</p>",
    );
    // Without SITE, the plain built-in page.
    const plain = await (await edgeWith({ SITE: "" }, location)).text();
    expect(plain.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(plain).toContain("<h1>Apply for this job</h1>");
    expect(await submitCalls()).toHaveLength(1);
  });

  it("redirect to the form's redirectUrl, or to the FORMS override", async () => {
    const fields = (email: string) =>
      urlencoded([
        ["firstname", "Jo"],
        ["lastname", "Bloggs"],
        ["email", email],
        ["motivation", "I like it."],
        ["gdpr_consent", "true"],
      ]);
    const own = await post(OPEN_FORM, fields(uniqueEmail()), NAVIGATE);
    expect(own.status).toBe(303);
    expect(own.headers.get("Location")).toBe(OPEN_APPLICATION_REDIRECT_URL);

    const override = "https://careers.example.com/thanks";
    const overridden = await edgeWith(
      { FORMS: { [OPEN_FORM]: { redirectUrl: override } } },
      `/v1/forms/${OPEN_FORM}/submissions`,
      { method: "POST", body: fields(uniqueEmail()), headers: NAVIGATE, redirect: "manual" },
    );
    expect(overridden.status).toBe(303);
    expect(overridden.headers.get("Location")).toBe(override);
  });

  it("with field errors get a readable HTML page with each field's label, not JSON", async () => {
    const response = await post(
      FORM,
      urlencoded([
        ["firstname", "Jane"],
        ["email", "not-an-address"],
      ]),
      { ...NAVIGATE, Referer: `${SITE}/jobs/apply` },
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain("<h1>Please check your answers</h1>");
    expect(html).toContain('<span class="field">Last name</span>: Fill in “Last name”.');
    expect(html).toContain(
      '<span class="field">Email address</span>: Enter a valid email address, like name@example.com.',
    );
    expect(html).toContain('<span class="field">I agree to the privacy statement</span>');
    expect(html).toContain(`<a href="${SITE}/jobs/apply">Go back to the form</a>`);
    expect(await submitCalls()).toHaveLength(0);
  });

  it("are recognised as page navigations by older browsers through Accept", async () => {
    const response = await post(FORM, urlencoded([["firstname", "Jane"]]), {
      Origin: SITE,
      Accept: "text/html,application/xhtml+xml",
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  });
});

describe("multipart posts", () => {
  it("upload their files first, then submit with the keys", async () => {
    const email = uniqueEmail();
    const body = new FormData();
    body.set("firstname", "Jane");
    body.set("lastname", "Doe");
    body.set("email", email);
    body.set("gdpr_consent", "on");
    body.set("cv", pdf("My CV.PDF"));
    body.set("relatedRecordUuid", VACANCY);
    const response = await post(FORM, body, NAVIGATE);
    expect(response.status).toBe(303);
    const calls = await emulatorRequests({ method: "POST", path: "/api/v2/forms/public/**" });
    expect(calls.map((call) => call.path.split("/").at(-1))).toEqual(["upload", "submit"]);
    expect(calls[0]?.body).toEqual({
      parts: [{ name: "files", filename: "My CV.pdf", type: "application/pdf", size: pdf().size }],
    });
    const [record] = await candidatesWithEmail(email);
    expect(String(record?.values.cv)).toMatch(/^7d3f2a10-.*\/files\/forms\/.*-My-CV\.pdf$/);
    expect(record?.relations.map((edge) => edge.recordUuid)).toEqual([VACANCY]);
  });

  it("refuse a file of the wrong type before anything is uploaded", async () => {
    const body = new FormData();
    body.set("firstname", "Jane");
    body.set("cv", new File(["MZ\u0090\u0000binary"], "cv.pdf", { type: "application/pdf" }));
    const response = await post(FORM, body, SCRIPT);
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      error: {
        code: "UNSUPPORTED_MEDIA_TYPE",
        issues: [{ field: "cv[0]", code: "type_not_allowed" }],
      },
    });
    expect(
      await emulatorRequests({ method: "POST", path: "/api/v2/forms/public/**" }),
    ).toHaveLength(0);
  });

  it("answer JSON to script calls", async () => {
    const body = new FormData();
    body.set("firstname", "Jane");
    body.set("lastname", "Doe");
    body.set("email", uniqueEmail());
    body.set("gdpr_consent", "true");
    body.set("cv", pdf());
    const response = await post(FORM, body, SCRIPT);
    expect(response.status).toBe(201);
    expect(cellValues((await submitCalls())[0]?.body).cv).toMatch(/-cv\.pdf$/);
  });
});

describe("other encodings", () => {
  it("are refused with 415", async () => {
    const response = await post(FORM, "firstname=Jane", {
      ...SCRIPT,
      "Content-Type": "text/plain",
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });
});
