import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { dataOf, PDF_BYTES } from "../../forms/support/forms";
import { edge } from "../../helpers";
import { kasarRequests, resetKasar } from "../helpers";
import {
  applicationValues,
  base64,
  candidatesWithEmail,
  candidateWrites,
  FORM,
  OPEN_VACANCY,
  uploadPdf,
} from "./support";

beforeEach(() => resetKasar());

describe("uploads on Kasar", () => {
  it("keeps the file at the edge under an unguessable key, asking Kasar nothing", async () => {
    const file = await uploadPdf("My CV.pdf");
    expect(file).toEqual({
      key: expect.stringMatching(/^f-[0-9a-f]{32}$/),
      name: "My CV.pdf",
      size: PDF_BYTES.byteLength,
      type: "application/pdf",
    });
    expect(await kasarRequests({ method: "POST" })).toEqual([]);
    // Stored under a hash of form and key: the key itself appears in no KV key.
    const { keys } = await env.CACHE.list();
    expect(keys.some((k) => k.name.includes(file.key))).toBe(false);
    expect(keys.filter((k) => k.name.startsWith("forms:file:"))).toHaveLength(1);
  });

  it("serves a stored file at no URL", async () => {
    const file = await uploadPdf();
    for (const path of [
      `/v1/forms/${FORM}/uploads/${file.key}`,
      `/v1/forms/${FORM}/files/${file.key}`,
      `/${file.key}`,
    ]) {
      expect((await edge(path)).status).toBe(404);
    }
  });

  it("sends files posted with a multipart submission with the record", async () => {
    const values = applicationValues("");
    const body = new FormData();
    for (const [name, value] of Object.entries(values)) {
      if (name !== "cv") body.append(name, String(value));
    }
    body.append("cv", new File([PDF_BYTES], "cv.pdf", { type: "application/pdf" }));
    body.append("relatedRecordUuid", OPEN_VACANCY);
    const response = await edge(`/v1/forms/${FORM}/submissions`, {
      method: "POST",
      headers: { Accept: "application/json" },
      body,
    });
    expect(response.status).toBe(201);
    expect((await dataOf(response)).status).toBe("delivered");
    const [record] = await candidatesWithEmail(values.email);
    expect(record?.values.cv).toEqual([
      {
        name: "cv.pdf",
        content_type: "application/pdf",
        size: PDF_BYTES.byteLength,
        data: base64(PDF_BYTES),
      },
    ]);
  });

  it("refuses a key that was not uploaded through this form with 422, sending nothing", async () => {
    const response = await edge(`/v1/forms/${FORM}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        values: applicationValues(`f-${"0".repeat(32)}`),
        relatedRecordUuid: OPEN_VACANCY,
      }),
    });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { issues: unknown[] } };
    expect(error.issues).toEqual([
      {
        field: "cv",
        code: "unknown_file",
        message: "Upload the file through this form first (or it expired).",
      },
    ]);
    expect(await candidateWrites()).toEqual([]);
  });
});
