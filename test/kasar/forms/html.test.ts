import { beforeEach, describe, expect, it } from "vitest";
import { KASAR_INTERNAL_MARKER, kasarVacancyId } from "../../../emulator/kasar/src/demo";
import { PDF_BYTES, uniqueEmail } from "../../forms/support/forms";
import { edge } from "../../helpers";
import { attributes, hiddenValue, tagWithId, texts } from "../../site/html";
import { kasarRequests, resetKasar } from "../helpers";
import {
  ASSOCIATE,
  base64,
  CLOSED_VACANCY,
  candidatesWithEmail,
  candidateWrites,
  FORM,
  OPEN_VACANCY,
  UPSERT,
} from "./support";

beforeEach(resetKasar);

/** An allowed origin (`ALLOWED_ORIGINS`), as a host site's page sends it. */
const SITE = "http://localhost:3000";
/** What a browser sends with a plain (no-JavaScript) form post. */
const NAVIGATE = { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin", Origin: SITE };
/** The demo form's element ids start with this (the first part of its UUID). */
const ID = "caraer-6b000000";

/** The labels of the demo form's inputs, in order, each tied to its input by `for`. */
const LABELS = [
  ["first_name", "First name (required)"],
  ["last_name", "Last name (required)"],
  ["email", "Email (required)"],
  ["phone", "Phone"],
  ["cv", "Your CV (required)"],
  ["motivation", "Why this job?"],
  ["source", "Source"],
  ["consent", "I agree to the privacy statement (required)"],
];

/** Asserts the Kasar form's inputs: labels from FORMS and Kasar's schema, types from the schema. */
async function expectKasarForm(html: string, vacancy: string, vacancyTitle: string) {
  expect(
    html.includes(
      `<form class="caraer-form" id="${ID}-form" method="post" action="/v1/forms/${FORM}/submissions?view=page" enctype="multipart/form-data"`,
    ),
  ).toBe(true);
  expect(await texts(html, "label.caraer-field__label")).toEqual(LABELS.map(([, label]) => label));
  expect(await attributes(html, "label.caraer-field__label", "for")).toEqual(
    LABELS.map(([name]) => `${ID}-${name}`),
  );
  expect(await texts(html, "p.caraer-field__help")).toEqual([
    "We only use it to reply to your application.",
    "At most 2 files of 10 MB each: PDF, DOC, DOCX, ODT, TXT.",
  ]);
  expect(tagWithId(html, `${ID}-email`)).toContain('name="email" type="email" required=""');
  expect(tagWithId(html, `${ID}-phone`)).toContain(
    'name="phone" placeholder="+31 6 12345678" type="tel"',
  );
  expect(tagWithId(html, `${ID}-cv`)).toContain('name="cv" type="file" required=""');
  expect(tagWithId(html, `${ID}-motivation`)).toBe(
    `<textarea id="${ID}-motivation" name="motivation" rows="5" maxlength="20000">`,
  );
  expect(await attributes(html, `#${ID}-source option`, "value")).toEqual([
    "",
    "website",
    "referral",
    "agency",
  ]);
  expect(tagWithId(html, `${ID}-consent`)).toBe(
    `<input id="${ID}-consent" name="consent" value="true" type="checkbox" required=""/>`,
  );
  expect(await texts(html, "p.caraer-form__related")).toEqual([
    `You are applying for: ${vacancyTitle}`,
  ]);
  expect(hiddenValue(html, "relatedRecordUuid")).toBe(vacancy);
  // The object's private fields are no inputs, and no private value is shown.
  expect(html.includes("internal_")).toBe(false);
  expect(html.includes(KASAR_INTERNAL_MARKER)).toBe(false);
}

describe("the server-rendered Kasar form", () => {
  it("GET /forms/{uuid} renders the Kasar form's fields with their labels, for an open vacancy", async () => {
    const response = await edge(`/forms/${FORM}?vacancy=${OPEN_VACANCY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await response.text();
    expect(await texts(html, "h1.caraer-form__title")).toEqual(["Apply for this job"]);
    await expectKasarForm(html, OPEN_VACANCY, "Senior Frontend Developer");
    // Not cached, so each render carries its own idempotency token (a cached vacancy page has none).
    expect(hiddenValue(html, "_idempotencyKey")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await candidateWrites()).toEqual([]);
  });

  it("answers 404 pages for a closed vacancy and an unserved form", async () => {
    const closed = await edge(`/forms/${FORM}?vacancy=${CLOSED_VACANCY}`);
    expect(closed.status).toBe(404);
    expect(closed.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    expect((await edge("/forms/00000000-0000-4000-8000-000000000999")).status).toBe(404);
  });

  it("the vacancy page carries the same form, linked to that vacancy", async () => {
    const response = await edge("/jobs/vacancies/platform-engineer-remote");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(await texts(html, "h2.caraer-form__title")).toEqual(["Apply for this job"]);
    await expectKasarForm(html, kasarVacancyId(11), "Platform Engineer");
  });

  it("a plain post: 422 HTML keeping the values with errors tied to fields, then 303 and one candidate", async () => {
    const page = await (await edge(`/forms/${FORM}?vacancy=${OPEN_VACANCY}`)).text();
    const key = hiddenValue(page, "_idempotencyKey");
    const loadedAt = String(Date.now() - 10_000);
    const bad = new FormData();
    for (const [name, value] of [
      ["first_name", "Noor"],
      ["email", "not-an-address"],
      ["motivation", "Line one\nline <two>"],
      ["source", "website"],
      ["_website", ""],
      ["_loadedAt", loadedAt],
      ["_idempotencyKey", key],
      ["relatedRecordUuid", OPEN_VACANCY],
    ] as const)
      bad.set(name, value);
    bad.set("cv", new File([PDF_BYTES], "cv.pdf", { type: "application/pdf" }));
    const refused = await edge(`/v1/forms/${FORM}/submissions?view=page`, {
      method: "POST",
      body: bad,
      headers: NAVIGATE,
      redirect: "manual",
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
    const html = await refused.text();
    expect(await attributes(html, `#${ID}-summary a`, "href")).toEqual([
      `#${ID}-last_name`,
      `#${ID}-email`,
      `#${ID}-consent`,
    ]);
    expect(await texts(html, `#${ID}-summary a`)).toEqual([
      "Last name: Fill in “Last name”.",
      "Email: Enter a valid email address, like name@example.com.",
      "I agree to the privacy statement: Tick “I agree to the privacy statement”.",
    ]);
    const email = tagWithId(html, `${ID}-email`);
    expect(email).toContain('value="not-an-address"');
    expect(email).toContain('aria-invalid="true"');
    expect(email).toContain(`aria-describedby="${ID}-email-help ${ID}-email-error"`);
    expect(await texts(html, `#${ID}-email-error`)).toEqual([
      "Enter a valid email address, like name@example.com.",
    ]);
    expect(tagWithId(html, `${ID}-first_name`)).toContain('value="Noor"');
    expect(html.includes("Line one\nline &lt;two&gt;</textarea>")).toBe(true);
    expect(html.includes('<option value="website" selected="">Website</option>')).toBe(true);
    expect(hiddenValue(html, "_idempotencyKey")).toBe(key);
    expect(await candidateWrites()).toEqual([]);

    const address = uniqueEmail();
    const good = new FormData();
    for (const [name, value] of [
      ["first_name", "Noor"],
      ["last_name", "Bakker"],
      ["email", address],
      ["phone", "+31 6 12345678"],
      ["motivation", "Line one\nline <two>"],
      ["source", "website"],
      ["consent", "true"],
      ["_website", ""],
      ["_loadedAt", loadedAt],
      ["_idempotencyKey", key],
      ["relatedRecordUuid", OPEN_VACANCY],
    ] as const)
      good.set(name, value);
    good.set("cv", new File([PDF_BYTES], "cv.pdf", { type: "application/pdf" }));
    const accepted = await edge(`/v1/forms/${FORM}/submissions?view=page`, {
      method: "POST",
      body: good,
      headers: NAVIGATE,
      redirect: "manual",
    });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("Location")).toBe(`/v1/forms/${FORM}/thank-you`);
    const records = await candidatesWithEmail(address);
    expect(records).toHaveLength(1);
    const { created_at, updated_at, ...values } = records[0]?.values ?? {};
    expect(values).toEqual({
      first_name: "Noor",
      last_name: "Bakker",
      email: address,
      phone: "+31 6 12345678",
      motivation: "Line one\nline <two>",
      source: "website",
      consent: true,
      cv: [
        {
          name: "cv.pdf",
          content_type: "application/pdf",
          size: PDF_BYTES.byteLength,
          data: base64(PDF_BYTES),
        },
      ],
    });
    expect(records[0]?.associations).toEqual([{ object: "vacancies", id: OPEN_VACANCY }]);
    expect(await kasarRequests({ method: "POST", path: UPSERT })).toHaveLength(1);
    expect(await kasarRequests({ method: "PUT", path: ASSOCIATE })).toHaveLength(1);
  });
});
