import { beforeEach, describe, expect, it } from "vitest";
import {
  INTERNAL_NOTES_MARKER,
  RECRUITER_EMAIL_DOMAIN,
  SKILLS_PROPERTY_UUID,
} from "../../emulator/src/demo";
import {
  candidatesWithEmail,
  FORM,
  OPEN_FORM,
  pdf,
  SITE,
  submitCalls,
  submitJson,
  uniqueEmail,
  VACANCY,
} from "../forms/support/forms";
import { edge, emulatorRequests, resetAll } from "../helpers";
import { hiddenValue, tagWithId } from "./html";

beforeEach(resetAll);

const NAVIGATE = { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin", Origin: SITE };

describe("GET /forms/{formUuid}", () => {
  it("renders every input of the application form with its constraints, steps, slides and spam layers", async () => {
    const response = await edge(`/forms/${FORM}?vacancy=${VACANCY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Security-Policy")).toContain("script-src 'none'");
    const html = await response.text();
    expect(html).toContain(
      `<form class="caraer-form" id="caraer-5f0c9e2a-form" method="post" action="/v1/forms/${FORM}/submissions?view=page" enctype="multipart/form-data"`,
    );
    expect(tagWithId(html, "caraer-5f0c9e2a-email")).toContain('type="email"');
    expect(tagWithId(html, "caraer-5f0c9e2a-email")).toContain("required");
    expect(tagWithId(html, "caraer-5f0c9e2a-phone")).toContain('type="tel"');
    expect(tagWithId(html, "caraer-5f0c9e2a-cv")).toContain('type="file"');
    expect(tagWithId(html, "caraer-5f0c9e2a-cv")).toContain('accept="application/pdf,.pdf,');
    expect(tagWithId(html, "caraer-5f0c9e2a-expected_salary")).toContain('min="0" max="20000"');
    expect(tagWithId(html, "caraer-5f0c9e2a-gdpr_consent")).toContain('type="checkbox"');
    expect(html).toContain(
      '<fieldset class="caraer-slide caraer-slide--step" data-slide="0" data-step="1">',
    );
    expect(html).toContain('<section class="caraer-slide caraer-slide--section" data-slide="1"');
    expect(html).toContain("We read every application.");
    expect(html).toContain('<input type="hidden" name="source" value="website"/>');
    expect(html).toContain(`<input type="hidden" name="relatedRecordUuid" value="${VACANCY}"/>`);
    expect(hiddenValue(html, "_idempotencyKey")).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(hiddenValue(html, "_loadedAt"))).toBeGreaterThan(Date.now() - 60_000);
    expect(html).toContain('name="_website" tabindex="-1" autocomplete="off"');
    expect(html).not.toContain(INTERNAL_NOTES_MARKER);
    expect(html).not.toContain(RECRUITER_EMAIL_DOMAIN);
  });

  it("answers 404 pages for unserved forms and vacancies outside the list, 400 for a malformed vacancy", async () => {
    expect((await edge("/forms/00000000-0000-4000-8000-000000000999")).status).toBe(404);
    expect((await edge(`/forms/${FORM}?vacancy=00000000-0000-4000-8000-000000000999`)).status).toBe(
      404,
    );
    expect((await edge(`/forms/${FORM}?vacancy=nope`)).status).toBe(400);
    expect((await edge(`/forms/${OPEN_FORM}?vacancy=${VACANCY}`)).status).toBe(404);
  });
});

describe("a plain post of the rendered form", () => {
  it("gets the form again on a 422, values kept and errors linked, then a 303 when fixed", async () => {
    const page = await (await edge(`/forms/${FORM}?vacancy=${VACANCY}`)).text();
    const key = hiddenValue(page, "_idempotencyKey");
    const body = new FormData();
    body.set("firstname", "Jane");
    body.set("email", "not-an-address");
    body.set("motivation", "Line one\nline <two>");
    body.set("expected_salary", "99999");
    body.append("preferred_employment_type", "part_time");
    body.set("cv", pdf());
    body.set("source", "website");
    body.set("_website", "");
    body.set("_loadedAt", String(Date.now() - 10_000));
    body.set("_idempotencyKey", key);
    body.set("relatedRecordUuid", VACANCY);
    const refused = await edge(`/v1/forms/${FORM}/submissions?view=page`, {
      method: "POST",
      body,
      headers: NAVIGATE,
      redirect: "manual",
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(
      '<div class="caraer-form__summary" id="caraer-5f0c9e2a-summary" role="alert"',
    );
    expect(html).toContain(
      '<a href="#caraer-5f0c9e2a-lastname">Last name: Fill in “Last name”.</a>',
    );
    expect(html).toContain(
      '<a href="#caraer-5f0c9e2a-email">Email address: Enter a valid email address, like name@example.com.</a>',
    );
    expect(html).toContain('<a href="#caraer-5f0c9e2a-expected_salary">');
    const email = tagWithId(html, "caraer-5f0c9e2a-email");
    expect(email).toContain('value="not-an-address"');
    expect(email).toContain('aria-invalid="true"');
    expect(email).toContain(
      'aria-describedby="caraer-5f0c9e2a-email-help caraer-5f0c9e2a-email-error"',
    );
    expect(html).toContain('<p class="caraer-field__error" id="caraer-5f0c9e2a-email-error">');
    expect(tagWithId(html, "caraer-5f0c9e2a-firstname")).toContain('value="Jane"');
    expect(html).toContain("Line one\nline &lt;two&gt;</textarea>");
    expect(html).toMatch(/value="part_time" checked/);
    expect(html).toContain('id="caraer-5f0c9e2a-cv-again"');
    expect(hiddenValue(html, "_idempotencyKey")).toBe(key);
    expect(await submitCalls()).toHaveLength(0);

    const fixed = new FormData();
    const address = uniqueEmail();
    for (const [name, value] of [
      ["firstname", "Jane"],
      ["lastname", "Doe"],
      ["email", address],
      ["gdpr_consent", "true"],
      ["source", "website"],
      ["_idempotencyKey", key],
      ["_loadedAt", String(Date.now() - 10_000)],
      ["relatedRecordUuid", VACANCY],
    ])
      fixed.set(name as string, value as string);
    fixed.set("cv", pdf());
    const accepted = await edge(`/v1/forms/${FORM}/submissions?view=page`, {
      method: "POST",
      body: fixed,
      headers: NAVIGATE,
      redirect: "manual",
    });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("Location")).toBe(`/v1/forms/${FORM}/thank-you`);
    const [record] = await candidatesWithEmail(address);
    expect(record?.values.source).toBe("website");
    expect(record?.relations.map((edge) => edge.recordUuid)).toEqual([VACANCY]);
    expect(
      await emulatorRequests({ method: "POST", path: "/api/v2/forms/public/**/submit" }),
    ).toHaveLength(1);
  });
});

describe("a select Caraer sends without its options", () => {
  // The demo's open application form has `skills` (18 options) without inline options.
  const SKILLS = [
    "typescript",
    "react",
    "java",
    "spring",
    "neo4j",
    "python",
    "sql",
    "kubernetes",
    "aws",
    "figma",
    "ux_research",
    "seo",
    "copywriting",
    "salesforce",
    "excel",
    "communication",
    "dutch",
    "english",
  ];
  const optionCalls = () =>
    emulatorRequests({ method: "POST", path: "/api/v2/forms/public/*/*/options" });

  it("renders the options route's options from its cached reader, and the edge accepts exactly those", async () => {
    const definition = (await (await edge(`/v1/forms/${OPEN_FORM}`)).json()) as {
      data: { fields: { name: string; options: unknown[] }[] };
    };
    expect(definition.data.fields.find((field) => field.name === "skills")?.options).toEqual([]);

    const html = await (await edge(`/forms/${OPEN_FORM}`)).text();
    // More than 12 options: a multiple select, labelled by Caraer's labels.
    expect(tagWithId(html, "caraer-50000000-skills")).toBe(
      '<select id="caraer-50000000-skills" name="skills" multiple="">',
    );
    const options = [...html.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)];
    expect(options.map((match) => match[1])).toEqual(SKILLS);
    expect(options[10]?.[2]).toBe("UX research");
    expect(await optionCalls()).toHaveLength(1);

    // The JSON options route answers the same page from the same cache entry.
    const json = await edge(`/v1/forms/${OPEN_FORM}/options/${SKILLS_PROPERTY_UUID}?limit=100`);
    expect(json.headers.get("X-Cache")).toBe("HIT");
    const page = (await json.json()) as { data: { name: string }[] };
    expect(page.data.map((option) => option.name)).toEqual(SKILLS);
    expect(await optionCalls()).toHaveLength(1);

    const values = (skills: string[], email: string) => ({
      values: {
        firstname: "Jo",
        lastname: "Bloggs",
        email,
        motivation: "I like it.",
        gdpr_consent: true,
        skills,
      },
    });
    const refused = await submitJson(values(["typescript", "cobol"], uniqueEmail()), {
      form: OPEN_FORM,
    });
    expect(refused.status).toBe(422);
    expect(
      (
        (await refused.json()) as { error: { issues: { field: string; code: string }[] } }
      ).error.issues.map((issue) => [issue.field, issue.code]),
    ).toEqual([["skills", "invalid_option"]]);
    const email = uniqueEmail();
    const accepted = await submitJson(values(["typescript", "dutch"], email), { form: OPEN_FORM });
    expect(accepted.status).toBe(201);
    expect((await candidatesWithEmail(email))[0]?.values.skills).toEqual(["typescript", "dutch"]);
    expect(await optionCalls()).toHaveLength(1);
  });
});
