import { beforeEach, describe, expect, it } from "vitest";
import { edgeWith, resetAll } from "../helpers";
import { freshIp } from "../ratelimit/support";
import { FORM, SITE } from "./support/forms";

beforeEach(resetAll);

/** A person's browser posting a plain HTML form from an allowed page. */
function navigation(ip: string): Record<string, string> {
  return {
    "Sec-Fetch-Mode": "navigate",
    "Sec-Fetch-Site": "cross-site",
    Origin: SITE,
    Referer: `${SITE}/jobs/apply`,
    "CF-Connecting-IP": ip,
  };
}

function postForm(
  settings: Record<string, unknown>,
  headers: Record<string, string>,
  body: BodyInit,
  path = `/v1/forms/${FORM}/submissions`,
): Promise<Response> {
  return edgeWith(settings, path, { method: "POST", headers, body, redirect: "manual" });
}

async function expectPage(response: Response, status: number, message: string): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toBe("text/html; charset=UTF-8");
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  const html = await response.text();
  expect(html).toContain("<h1>Your form could not be sent</h1>");
  expect(html).toContain(`<p>${message}</p>`);
  expect(html).toContain(`<a href="${SITE}/jobs/apply">Go back to the form</a>`);
  return html;
}

describe("the route guard's refusals of a plain HTML form post are pages", () => {
  it("429 says in words how long to wait, with Retry-After and the rate-limit headers", async () => {
    const ip = freshIp();
    const settings = { RATE_LIMITS: { submission: { limit: 1, period: 600 } } };
    const body = () => new URLSearchParams({ firstname: "Jane" });
    expect((await postForm(settings, navigation(ip), body())).status).toBe(422);
    const refused = await postForm(settings, navigation(ip), body());
    const html = await expectPage(
      refused,
      429,
      "Too many requests from this address; try again later.",
    );
    expect(html).toContain("<p>Please wait 10 minutes, then send the form again.</p>");
    expect(refused.headers.get("Retry-After")).toBe("600");
    expect(refused.headers.get("RateLimit-Policy")).toBe('"submission";q=1;w=600');
  });

  it("403 for a page on a site that may not post", async () => {
    const headers = { ...navigation(freshIp()), Origin: "https://evil.example" };
    await expectPage(
      await postForm({}, headers, new URLSearchParams({ firstname: "Jane" })),
      403,
      "This site may not send requests to this route.",
    );
  });

  it("413 for a body over the limit, refused by its Content-Length", async () => {
    const body = new URLSearchParams({ motivation: "x".repeat(300 * 1024) });
    await expectPage(
      await postForm({}, navigation(freshIp()), body),
      413,
      "The body is larger than 262144 bytes.",
    );
  });

  it("415 for a form posted as text/plain, or URL-encoded to the upload route", async () => {
    const headers = { ...navigation(freshIp()), "Content-Type": "text/plain" };
    await expectPage(
      await postForm({}, headers, "firstname=Jane"),
      415,
      "This route accepts application/json, application/x-www-form-urlencoded, multipart/form-data bodies.",
    );
    await expectPage(
      await postForm(
        {},
        navigation(freshIp()),
        new URLSearchParams({ files: "cv.pdf" }),
        `/v1/forms/${FORM}/uploads`,
      ),
      415,
      "This route accepts multipart/form-data bodies.",
    );
  });

  it("a script's post still gets the JSON envelope", async () => {
    const headers = { Origin: "https://evil.example", "Sec-Fetch-Mode": "cors" };
    const response = await postForm({}, headers, new URLSearchParams({ firstname: "Jane" }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "ORIGIN_NOT_ALLOWED",
    );
  });
});
