import { describe, expect, it } from "vitest";
import { kasarFileValue } from "./contract";
import { KASAR_INPUT_TYPES, kasarValue } from "./form";

const input = (kasarType: string) =>
  KASAR_INPUT_TYPES[kasarType] as { type: string; format: string | null };

describe("Kasar form values", () => {
  it("turns the core's cell strings into the JSON Kasar takes per field type", () => {
    const cases: [string, string, unknown][] = [
      ["text", "Noor", "Noor"],
      ["long_text", "line 1\nline 2", "line 1\nline 2"],
      ["email", "noor@example.com", "noor@example.com"],
      ["number", "4200.5", 4200.5],
      ["boolean", "true", true],
      ["boolean", "false", false],
      ["date", String(Date.UTC(2026, 3, 24)), "2026-04-24"],
      ["datetime", String(Date.UTC(2026, 3, 24, 9, 30)), "2026-04-24T09:30:00.000Z"],
      ["select", "website", "website"],
      ["multi_select", "java;sql", ["java", "sql"]],
    ];
    expect(cases.map(([type, cell]) => kasarValue(input(type), cell))).toEqual(
      cases.map(([, , value]) => value),
    );
  });

  it("sends files as base64 with their name, type and size", () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const [file] = kasarFileValue([
      { name: "cv.pdf", type: "application/pdf", size: bytes.byteLength, bytes: bytes.buffer },
    ]);
    expect({ ...file, data: undefined }).toEqual({
      name: "cv.pdf",
      content_type: "application/pdf",
      size: 70_000,
      data: undefined,
    });
    expect(Buffer.from(file?.data ?? "", "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
