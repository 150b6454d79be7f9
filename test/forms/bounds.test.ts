import { beforeAll, describe, expect, it } from "vitest";
import { edge, emulatorRequests, resetAll } from "../helpers";
import { applicationValues, FORM, pdf, submitJson, upload } from "./support/forms";

interface Envelope {
  error: {
    code: string;
    message: string;
    issues?: { field: string; code: string; message: string }[];
    issueCount?: number;
  };
}

const BOUNDARY = "bounds-test-boundary";

/** A multipart body of `parts` tiny text fields, generated as it is read. */
function tinyParts(parts: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= parts) {
        controller.enqueue(encoder.encode(`--${BOUNDARY}--\r\n`));
        controller.close();
        return;
      }
      let chunk = "";
      for (let i = 0; i < 1_000 && sent < parts; i++, sent++) {
        chunk += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f${sent}"\r\n\r\nx\r\n`;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

function postMultipart(body: BodyInit, init: RequestInit = {}): Promise<Response> {
  return edge(`/v1/forms/${FORM}/submissions`, {
    method: "POST",
    body,
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    // @ts-expect-error: workerd needs the half-duplex flag for a streamed request body.
    duplex: "half",
    ...init,
  });
}

let cvKey = "";

beforeAll(async () => {
  await resetAll();
  const [cv] = await upload([pdf()]);
  cvKey = cv?.key ?? "";
});

describe("bounds on what a caller can make the edge hold", () => {
  it("refuses 400,000 tiny text parts (30 MB) while streaming", async () => {
    const body = tinyParts(400_000);
    const started = Date.now();
    const response = await postMultipart(body);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Envelope).error).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "A multipart body may have at most 1000 parts.",
      requestId: response.headers.get("X-Request-Id"),
      issues: [
        {
          field: "body",
          code: "too_many_parts",
          message: "A multipart body may have at most 1000 parts.",
        },
      ],
    });
    // Parsing every part took 7 s and hundreds of megabytes; the test harness still sends all 30 MB.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("holds the text parts of a multipart post to 256 KiB, apart from the files' budget", async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(applicationValues(cvKey))) {
      form.set(name, String(value));
    }
    // Four text parts of 70,000 bytes: each within a part, together over 262,144 bytes.
    for (let i = 0; i < 4; i++) form.append("motivation", "m".repeat(70_000));
    const before = (await emulatorRequests()).length;
    const response = await edge(`/v1/forms/${FORM}/submissions`, { method: "POST", body: form });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Envelope).error.issues).toEqual([
      {
        field: "body",
        code: "text_too_large",
        message: "The text fields of a multipart body may hold at most 262144 bytes.",
      },
    ]);
    expect((await emulatorRequests()).slice(before)).toEqual([]);
  });

  it("lists at most 50 issues and counts the rest in issueCount", async () => {
    const values: Record<string, unknown> = applicationValues(cvKey);
    for (let i = 0; i < 500; i++) values[`unknown_${i}`] = "x";
    const response = await submitJson({ values });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as Envelope;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.issues).toHaveLength(50);
    expect(error.issues?.[0]).toEqual({
      field: "unknown_0",
      code: "unknown_field",
      message: "This form has no such field.",
    });
    expect(error.issueCount).toBe(500);
  });

  it("lists no issueCount when every issue is listed", async () => {
    const response = await submitJson({ values: { ...applicationValues(cvKey), nope: "x" } });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as Envelope;
    expect(error.issues).toHaveLength(1);
    expect(error).not.toHaveProperty("issueCount");
  });
});

describe("file keys per field", () => {
  it("refuses more keys than the form's maxFiles, even when each was uploaded", async () => {
    const keys = [
      ...(await upload([pdf("a.pdf"), pdf("b.pdf")])),
      ...(await upload([pdf("c.pdf"), pdf("d.pdf")])),
    ].map((file) => file.key);
    const response = await submitJson({
      values: { ...applicationValues(keys[0] ?? ""), cv: keys },
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as Envelope).error.issues).toEqual([
      { field: "cv", code: "too_many_files", message: "Add at most 3 files." },
    ]);
  });

  it("refuses 20,000 `;`-joined keys at once, before looking any up", async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}`).join(";");
    const started = Date.now();
    const response = await submitJson({ values: { ...applicationValues(cvKey), cv: keys } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as Envelope).error.issues).toEqual([
      { field: "cv", code: "too_many_files", message: "Add at most 3 files." },
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
