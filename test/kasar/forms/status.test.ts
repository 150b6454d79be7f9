import { beforeEach, describe, expect, it } from "vitest";
import { dataOf } from "../../forms/support/forms";
import { edge } from "../../helpers";
import { kasarFault, resetKasar } from "../helpers";
import {
  applicationValues,
  FORM,
  OPEN_VACANCY,
  submit,
  UPSERT,
  uploadPdf,
  waitForStatus,
} from "./support";

beforeEach(resetKasar);

const statusPath = (id: string, form = FORM) => `/v1/forms/${form}/submissions/${id}`;

async function apply(): Promise<Response> {
  const cv = await uploadPdf();
  return submit(
    { values: applicationValues(cv.key), relatedRecordUuid: OPEN_VACANCY },
    { "Idempotency-Key": crypto.randomUUID() },
  );
}

describe("GET /v1/forms/{uuid}/submissions/{id} on Kasar", () => {
  it("answers delivered for a submission delivered inline, never cached", async () => {
    const response = await apply();
    expect(response.status).toBe(201);
    const { submissionId } = await dataOf(response);
    const status = await edge(statusPath(submissionId));
    expect(status.status).toBe(200);
    expect(status.headers.get("Cache-Control")).toBe("no-store");
    expect(await status.json()).toEqual({ data: { submissionId, status: "delivered" } });
  });

  it("answers queued while Kasar fails, then delivered", async () => {
    await kasarFault({ method: "POST", path: UPSERT, status: 503, times: 1 });
    const response = await apply();
    expect(response.status).toBe(202);
    const { submissionId } = await dataOf(response);
    expect(await (await edge(statusPath(submissionId))).json()).toEqual({
      data: { submissionId, status: "queued" },
    });
    expect(await waitForStatus(submissionId, "delivered")).toBe("delivered");
  });

  it("answers 404 for an unknown submission or another form, 400 for a malformed id", async () => {
    const { submissionId } = await dataOf(await apply());
    const unknown = await edge(statusPath("0".repeat(64)));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No such submission.", requestId: expect.any(String) },
    });
    const otherForm = await edge(statusPath(submissionId, "00000000-0000-4000-8000-000000000999"));
    expect(otherForm.status).toBe(404);
    const malformed = await edge(statusPath("nope"));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe(
      "INVALID_REQUEST",
    );
  });
});
