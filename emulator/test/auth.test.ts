import { beforeEach, describe, expect, it } from "vitest";
import { APPLICATION_FORM_UUID, DEMO_COMPANY_UUID, OPEN_VACANCY_UUID } from "../src/demo";
import { AUTH, call, type ErrorBody, reset } from "./helpers";

const path = `/api/v2/records/${OPEN_VACANCY_UUID}`;

describe("auth on private routes", () => {
  beforeEach(() => reset());

  it("accepts the demo token with the demo company", async () => {
    expect((await call("GET", path)).status).toBe(200);
  });

  it("answers 401 without a token, in Caraer's envelope", async () => {
    const res = await call<ErrorBody>("GET", path, undefined, {
      auth: false,
      headers: { "x-caraer-company-uuid": DEMO_COMPANY_UUID },
    });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      message: "Unauthorized",
      status: 401,
      errors: [
        {
          type: "GENERAL",
          message: "Missing or invalid bearer token",
          correctionSuggestion: "Send Authorization: Bearer <token>.",
        },
      ],
      requestId: expect.stringMatching(/^emu-\d{6}$/),
    });
  });

  it("answers 401 for a wrong token and for a non-bearer scheme", async () => {
    for (const authorization of ["Bearer nope", `Basic ${AUTH.authorization.slice(7)}`, "Bearer"]) {
      const res = await call("GET", path, undefined, { headers: { authorization } });
      expect(res.status, authorization).toBe(401);
    }
  });

  it("answers 403 for a wrong or missing company", async () => {
    const wrong = await call<ErrorBody>("GET", path, undefined, {
      headers: { "x-caraer-company-uuid": "00000000-0000-4000-8000-000000000000" },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.status).toBe(403);
    expect(wrong.body.errors[0]?.type).toBe("GENERAL");
    const missing = await call("GET", path, undefined, {
      auth: false,
      headers: { authorization: AUTH.authorization },
    });
    expect(missing.status).toBe(403);
  });

  it("checks the token before the company", async () => {
    const res = await call("GET", path, undefined, {
      auth: false,
      headers: { authorization: "Bearer x" },
    });
    expect(res.status).toBe(401);
  });

  it("protects unknown private routes too, and 404s them once authorised", async () => {
    expect((await call("GET", "/api/v2/nothing-here", undefined, { auth: false })).status).toBe(
      401,
    );
    const res = await call<ErrorBody>("GET", "/api/v2/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.errors[0]?.type).toBe("NOT_FOUND");
  });

  it("lets public routes through without a token", async () => {
    const form = await call(
      "GET",
      `/api/v2/forms/public/${DEMO_COMPANY_UUID}/${APPLICATION_FORM_UUID}`,
      undefined,
      { auth: false },
    );
    expect(form.status).toBe(200);
  });
});
