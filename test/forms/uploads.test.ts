import { beforeEach, describe, expect, it } from "vitest";
import { edge, edgeWith, emulatorRequests, resetAll } from "../helpers";
import { FORM, OPEN_FORM, PDF_BYTES, pdf } from "./support/forms";

beforeEach(resetAll);

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  );

const ZIP_HEADER = [0x50, 0x4b, 0x03, 0x04];
const DOCX = bytes(
  ZIP_HEADER,
  new Array(26).fill(0),
  "[Content_Types].xml",
  "...",
  "word/document.xml",
);
const ODT = bytes(
  ZIP_HEADER,
  new Array(26).fill(0),
  "mimetypeapplication/vnd.oasis.opendocument.text",
);
const DOC = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "rest");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR");

interface UploadBody {
  data: { files: { key: string; name: string; size: number; type: string }[] };
}

function uploadFiles(
  files: File[],
  options: {
    settings?: Record<string, unknown>;
    form?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const body = new FormData();
  for (const file of files) body.append("files", file);
  const path = `/v1/forms/${options.form ?? FORM}/uploads`;
  const init = { method: "POST", body, headers: options.headers ?? {} };
  return options.settings ? edgeWith(options.settings, path, init) : edge(path, init);
}

const uploadCalls = () =>
  emulatorRequests({ method: "POST", path: "/api/v2/forms/public/*/*/upload" });

async function errorOf(response: Response) {
  return (
    (await response.json()) as {
      error: { code: string; issues?: { field: string; code: string }[] };
    }
  ).error;
}

describe("POST /v1/forms/{formUuid}/uploads", () => {
  it("forwards files to Caraer and answers their keys, names, sizes and recognised types", async () => {
    const response = await uploadFiles([
      pdf("Jane Doe CV.pdf"),
      new File([DOCX], "letter.docx", { type: "application/octet-stream" }),
      new File([ODT], "portfolio", { type: "" }),
    ]);
    expect(response.status).toBe(201);
    const { files } = ((await response.json()) as UploadBody).data;
    expect(files.map(({ name, size, type }) => ({ name, size, type }))).toEqual([
      { name: "Jane Doe CV.pdf", size: PDF_BYTES.length, type: "application/pdf" },
      {
        name: "letter.docx",
        size: DOCX.length,
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
      { name: "portfolio", size: ODT.length, type: "application/vnd.oasis.opendocument.text" },
    ]);
    for (const file of files)
      expect(file.key).toMatch(/^7d3f2a10-5b6c-4e8d-9f01-2a3b4c5d6e7f\/files\/forms\//);
    const [call] = await uploadCalls();
    // The detected type travels, and the name carries the detected extension.
    expect(call?.body).toEqual({
      parts: [
        {
          name: "files",
          filename: "Jane Doe CV.pdf",
          type: "application/pdf",
          size: PDF_BYTES.length,
        },
        {
          name: "files",
          filename: "letter.docx",
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          size: DOCX.length,
        },
        {
          name: "files",
          filename: "portfolio.odt",
          type: "application/vnd.oasis.opendocument.text",
          size: ODT.length,
        },
      ],
    });
    expect(call?.auth).toBe("missing");
  });

  it("checks the type on the leading bytes, never the name or declared type (415)", async () => {
    const response = await uploadFiles([
      new File([PNG], "cv.pdf", { type: "application/pdf" }),
      new File(["<!DOCTYPE html><script>alert(1)</script>"], "notes.txt", { type: "text/plain" }),
      new File([new Uint8Array(0)], "empty.pdf", { type: "application/pdf" }),
    ]);
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      issues: [
        { field: "files[0]", code: "type_not_allowed" },
        { field: "files[1]", code: "type_not_allowed" },
        { field: "files[2]", code: "type_not_allowed" },
      ],
    });
    expect(await uploadCalls()).toHaveLength(0);
  });

  it("accepts what the form's allowlist names, and only that", async () => {
    const settings = { FORMS: { [FORM]: { uploads: { allowedTypes: ["png", "doc"] } } } };
    const accepted = await uploadFiles([new File([PNG], "photo"), new File([DOC], "old.doc")], {
      settings,
    });
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as UploadBody).data.files.map((file) => file.type)).toEqual([
      "image/png",
      "application/msword",
    ]);
    expect((await uploadFiles([pdf()], { settings })).status).toBe(415);
  });

  it("refuses a file over the size limit with 413 and a clear code", async () => {
    const settings = { FORMS: { [FORM]: { uploads: { maxFileBytes: 64 } } } };
    const big = pdf("big.pdf", bytes("%PDF-1.7\n", "x".repeat(100)));
    const response = await uploadFiles([pdf(), big], { settings });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      issues: [{ field: "files[1]", code: "file_too_large" }],
    });
    expect(await uploadCalls()).toHaveLength(0);
  });

  it("refuses more files than the form allows with 413", async () => {
    const settings = { FORMS: { [FORM]: { uploads: { maxFiles: 1 } } } };
    const response = await uploadFiles([pdf("a.pdf"), pdf("b.pdf")], { settings });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      issues: [{ field: "files", code: "too_many_files" }],
    });
  });

  it("stops reading a body as soon as it passes the form's limit", async () => {
    const settings = { FORMS: { [FORM]: { uploads: { maxFileBytes: 1024, maxFiles: 1 } } } };
    const huge = new Uint8Array(2 * 1024 * 1024);
    huge.set(PDF_BYTES);
    const body = new FormData();
    body.append("files", new File([huge], "huge.pdf"));
    // A streamed body (no Content-Length) is counted as it arrives.
    const stream = new Response(body).body;
    const response = await edgeWith(settings, `/v1/forms/${FORM}/uploads`, {
      method: "POST",
      body: stream,
      headers: { "Content-Type": new Response(body).headers.get("Content-Type") ?? "" },
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await uploadCalls()).toHaveLength(0);
  });

  it("refuses non-multipart bodies (415) and posts without files (400)", async () => {
    const json = await edge(`/v1/forms/${FORM}/uploads`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    const body = new FormData();
    body.set("files", "not a file");
    const noFile = await edge(`/v1/forms/${FORM}/uploads`, { method: "POST", body });
    expect(noFile.status).toBe(400);
    expect((await errorOf(noFile)).code).toBe("INVALID_REQUEST");
  });

  it("answers 404 for a form without file inputs: no free file hosting", async () => {
    const response = await uploadFiles([pdf()], { form: OPEN_FORM });
    expect(response.status).toBe(404);
    expect(await uploadCalls()).toHaveLength(0);
  });

  it("answers 503 when Caraer is unavailable, and nothing is recorded", async () => {
    const { injectFault } = await import("../helpers");
    await injectFault({
      method: "POST",
      path: "/api/v2/forms/public/*/*/upload",
      status: 503,
      times: 1,
    });
    const response = await uploadFiles([pdf()]);
    expect(response.status).toBe(503);
    expect((await errorOf(response)).code).toBe("UPSTREAM_UNAVAILABLE");
  });
});

describe("uploads that are not what they claim", () => {
  const TEXT_FORM = { FORMS: { [FORM]: { uploads: { allowedTypes: ["pdf", "txt"] } } } };
  const text = (content: string, name = "notes.txt") =>
    new File([content], name, { type: "text/plain" });

  it("refuses text files holding markup anywhere, also past the first 64 KiB", async () => {
    const response = await uploadFiles(
      [
        text("My experience:\n<script>alert(document.cookie)</script>\n"),
        text("Portfolio: <img src=x onerror=alert(1)>"),
        text(`${"Plain words. ".repeat(10_000)}<div onmouseover="steal()">hi</div>`),
      ],
      { settings: TEXT_FORM },
    );
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      issues: [
        { field: "files[0]", code: "markup_not_allowed" },
        { field: "files[1]", code: "markup_not_allowed" },
        { field: "files[2]", code: "markup_not_allowed" },
      ],
    });
    expect(await uploadCalls()).toHaveLength(0);
  });

  it("accepts plain text that merely uses angle brackets", async () => {
    const response = await uploadFiles(
      [text("Skills: C++ <templates>, a < b && c > d, x<y, email <jane@example.com>\n")],
      { settings: TEXT_FORM },
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as UploadBody).data.files[0]?.type).toBe("text/plain");
  });

  it("refuses an HTML page behind a %PDF- header, and a PDF without its %%EOF trailer", async () => {
    const response = await uploadFiles([
      new File(["%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"], "a.pdf"),
      new File(["%PDF-1.7\n1 0 obj <<>> endobj\n"], "b.pdf"),
      new File(["%PDF-<html>\n%%EOF"], "c.pdf"),
    ]);
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({
      issues: [
        { field: "files[0]", code: "type_not_allowed" },
        { field: "files[1]", code: "type_not_allowed" },
        { field: "files[2]", code: "type_not_allowed" },
      ],
    });
    expect(await uploadCalls()).toHaveLength(0);
    expect((await uploadFiles([pdf()])).status).toBe(201);
  });
});
